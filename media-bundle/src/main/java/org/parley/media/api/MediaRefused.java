package org.parley.media.api;

/** A media request that cannot be met; the message says why in words a caller can pass on. */
public class MediaRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public MediaRefused(String message) {
        super(message);
    }
}

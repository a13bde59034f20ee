package org.parley.http.internal.filter;

import java.io.IOException;

/** A request body longer than the configured limit; answered with 413. */
public final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit / 1024 + " KiB; send less, or raise "
                + "org.parley.http.FrontDoor maxBodyKib");
    }
}

package org.parley.api.web;

import java.util.Objects;

/**
 * One file a page servlet may send. Immutable.
 *
 * @param path the entry inside the bundle, e.g. {@code web/assets/home-1a2b3c.js}
 * @param contentType the {@code Content-Type} to send
 * @param cacheControl the {@code Cache-Control} to send
 */
public record WebFile(String path, String contentType, String cacheControl) {

    public WebFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(cacheControl, "cacheControl");
    }
}

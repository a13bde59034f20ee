package org.parley.auth.internal.web;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which file of the jar's {@code web/} folder answers a request path, with its content type and caching. Only the
 * two pages and flat, hash-named asset files are reachable: a path with anything else (a dot-dot, a slash, an
 * encoded character) finds nothing, so nothing else in the bundle can be read through the pages servlet.
 */
final class WebContent {

    /** Where Vite writes the pages inside the jar (see vite.config.js). */
    static final String ROOT = "web/";
    static final String ASSETS_PATH = "/auth/assets/";

    /** Hashed names never change content, so browsers may keep them; pages are checked every time. */
    static final String CACHE_ASSET = "public, max-age=31536000, immutable";
    static final String CACHE_PAGE = "no-cache";

    private static final Map<String, String> PAGES = Map.of(
            "/sign-in", "sign-in.html",
            "/account", "account.html");

    private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "map", "application/json; charset=utf-8");

    /** A file to send: its entry in the bundle, content type and Cache-Control. */
    record Entry(String path, String contentType, String cacheControl) {
    }

    private WebContent() {
    }

    /** The entry for a request path (servlet path plus path info), if it is one of ours. */
    static Optional<Entry> forPath(String requestPath) {
        if (requestPath == null) {
            return Optional.empty();
        }
        String page = PAGES.get(requestPath);
        if (page != null) {
            return Optional.of(new Entry(ROOT + page, "text/html; charset=utf-8", CACHE_PAGE));
        }
        if (!requestPath.startsWith(ASSETS_PATH)) {
            return Optional.empty();
        }
        String name = requestPath.substring(ASSETS_PATH.length());
        int dot = name.lastIndexOf('.');
        if (!ASSET_NAME.matcher(name).matches() || name.contains("..") || dot < 0) {
            return Optional.empty();
        }
        String type = TYPES.get(name.substring(dot + 1));
        return type == null ? Optional.empty()
                : Optional.of(new Entry(ROOT + "assets/" + name, type, CACHE_ASSET));
    }
}

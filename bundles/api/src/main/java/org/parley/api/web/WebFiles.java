package org.parley.api.web;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The static files of one bundle's pages as Vite builds them into the jar: which file answers a request path, with
 * its content type and caching. Pages are HTML files the bundle names (by exact request path, or through
 * {@link #page(String)} for paths it matches itself); assets are flat, hash-named files under one URL prefix. A path
 * with anything else (a dot-dot, a slash, an encoded character, an unknown extension) finds nothing, so nothing else
 * in the bundle can be read through a page servlet. Immutable and thread-safe.
 */
public final class WebFiles {

    /** Hashed names never change content, so browsers may keep them. */
    public static final String CACHE_ASSET = "public, max-age=31536000, immutable";
    /** Pages are checked every time, so a new release's asset names are picked up at once. */
    public static final String CACHE_PAGE = "no-cache";
    /** For answers that depend on who asks (a signed-in home page, a redirect to sign in). */
    public static final String CACHE_NONE = "no-store";
    public static final String HTML = "text/html; charset=utf-8";

    private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "map", "application/json; charset=utf-8");

    private final String root;
    private final String assetsPath;
    private final Map<String, String> pages;

    /**
     * @param root the folder inside the bundle, with a trailing slash, e.g. {@code web/}
     * @param assetsPath the URL prefix of the assets, with a trailing slash, e.g. {@code /auth/assets/}; they are
     *                   read from {@code root + "assets/"}
     * @param pages request path to HTML file name inside {@code root}, e.g. {@code /sign-in} to {@code sign-in.html}
     */
    public WebFiles(String root, String assetsPath, Map<String, String> pages) {
        if (!root.endsWith("/") || !assetsPath.startsWith("/") || !assetsPath.endsWith("/")) {
            throw new IllegalArgumentException("root and assetsPath must end with /, assetsPath start with /");
        }
        this.root = root;
        this.assetsPath = assetsPath;
        this.pages = Map.copyOf(pages);
    }

    /** The file for a request path (servlet path plus path info): a named page or an asset. */
    public Optional<WebFile> forPath(String requestPath) {
        if (requestPath == null) {
            return Optional.empty();
        }
        String page = pages.get(requestPath);
        return page != null ? Optional.of(page(page)) : asset(requestPath);
    }

    /** An HTML page of the bundle by file name (for paths the bundle matches itself, e.g. {@code /m/{id}}). */
    public WebFile page(String fileName) {
        return new WebFile(root + fileName, HTML, CACHE_PAGE);
    }

    /** The asset a request path names, when it is one: a flat name under the prefix with a known extension. */
    public Optional<WebFile> asset(String requestPath) {
        if (requestPath == null || !requestPath.startsWith(assetsPath)) {
            return Optional.empty();
        }
        String name = requestPath.substring(assetsPath.length());
        int dot = name.lastIndexOf('.');
        if (!ASSET_NAME.matcher(name).matches() || name.contains("..") || dot < 0) {
            return Optional.empty();
        }
        String type = TYPES.get(name.substring(dot + 1));
        return type == null ? Optional.empty() : Optional.of(new WebFile(root + "assets/" + name, type, CACHE_ASSET));
    }
}

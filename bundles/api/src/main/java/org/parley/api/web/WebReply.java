package org.parley.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

/**
 * What a page servlet answers: status, headers and body, written with {@link #writeTo}. Only GET and HEAD are
 * served (others 405 with {@code Allow}); a HEAD answer has the GET answer's headers and no body; anything unknown
 * is a 404 without a body (the front door's error handling shows nothing of the bundle). Immutable apart from the
 * body array, which callers must not change.
 *
 * @param status the HTTP status
 * @param headers header name to value
 * @param body what to write (empty for HEAD, redirects and errors)
 */
public record WebReply(int status, Map<String, String> headers, byte[] body) {

    private static final byte[] NOTHING = new byte[0];

    public WebReply {
        headers = Map.copyOf(headers);
    }

    /** Where the body goes: the servlet response's output stream, opened only when there is a body. */
    @FunctionalInterface
    public interface Body {
        OutputStream open() throws IOException;
    }

    /** The file's answer (404 when it is absent or not in the bundle), the body as it is in the bundle. */
    public static WebReply send(String method, Optional<WebFile> file, Function<String, URL> entries)
            throws IOException {
        return send(method, file, entries, UnaryOperator.identity());
    }

    /**
     * The file's answer, its content passed through {@code content} first (e.g. to fill in a page for the caller).
     *
     * @param entries the bundle's entries by path ({@code bundle::getEntry}); null when absent
     */
    public static WebReply send(String method, Optional<WebFile> file, Function<String, URL> entries,
            UnaryOperator<byte[]> content) throws IOException {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return new WebReply(405, Map.of("Allow", "GET, HEAD"), NOTHING);
        }
        URL url = file.map(f -> entries.apply(f.path())).orElse(null);
        if (url == null) {
            return notFound();
        }
        byte[] body;
        try (InputStream in = url.openStream()) {
            body = content.apply(in.readAllBytes());
        }
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", file.get().contentType());
        headers.put("Cache-Control", file.get().cacheControl());
        headers.put("Content-Length", Integer.toString(body.length));
        return new WebReply(200, headers, "HEAD".equals(method) ? NOTHING : body);
    }

    public static WebReply notFound() {
        return new WebReply(404, Map.of(), NOTHING);
    }

    /** A 303 to a path of this site, never cached (it depends on who asks). */
    public static WebReply seeOther(String location) {
        return new WebReply(303, Map.of("Location", location, "Cache-Control", WebFiles.CACHE_NONE), NOTHING);
    }

    /**
     * Writes the answer, e.g. {@code reply.writeTo(response::setStatus, response::setHeader,
     * response::getOutputStream)}.
     */
    public void writeTo(IntConsumer setStatus, BiConsumer<String, String> setHeader, Body out) throws IOException {
        setStatus.accept(status);
        headers.forEach(setHeader);
        if (body.length > 0) {
            out.open().write(body);
        }
    }
}

package org.parley.api.rest;

import java.util.Map;
import java.util.Objects;
import org.parley.api.ClientAddress;

/**
 * What a request offers to prove who sent it, as the front door read it.
 *
 * @param method the HTTP method (state-changing methods need a CSRF token on a session)
 * @param path the request path, e.g. {@code /api/v1/audit}
 * @param cookies the request's cookies by name
 * @param authorization the {@code Authorization} header, or null
 * @param csrfToken the {@code X-CSRF-Token} header, or null
 * @param background true when the request says it is a background poll ({@code X-Parley-Background: 1}), which
 *                   must not count as user activity for the idle timeout
 * @param client the caller's address
 */
public record Credentials(String method, String path, Map<String, String> cookies, String authorization,
        String csrfToken, boolean background, ClientAddress client) {

    public Credentials {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        cookies = Map.copyOf(cookies);
        Objects.requireNonNull(client, "client");
    }

    /** True for POST, PUT, PATCH and DELETE. */
    public boolean changesState() {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> false;
            default -> true;
        };
    }
}

package org.parley.signaling.internal.web;

import java.util.List;

/**
 * Which pages may open the WebSocket: the appliance's own origin (the one the request itself was made to) and the
 * configured {@code allowedOrigins}. A missing {@code Origin} is refused too: browsers always send one, and a
 * non-browser client can set it. This is the defence against cross-site WebSocket hijacking; the join token is the
 * credential.
 */
final class OriginPolicy {

    private final List<Origin> allowed;

    /** @throws IllegalArgumentException naming a configured origin that does not parse */
    OriginPolicy(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Origin::parse)
                .toList();
    }

    /**
     * @param originHeader the request's {@code Origin}, or {@code null}
     * @param secure whether the caller used HTTPS (the front door's {@code ClientAddress})
     * @param host the request's {@code Host}, or {@code null}
     */
    boolean allows(String originHeader, boolean secure, String host) {
        if (originHeader == null || originHeader.isBlank()) {
            return false;
        }
        Origin origin;
        try {
            origin = Origin.parse(originHeader.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return allowed.contains(origin) || host != null && sameAs(origin, secure, host);
    }

    private static boolean sameAs(Origin origin, boolean secure, String host) {
        try {
            return origin.equals(Origin.of(secure, host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

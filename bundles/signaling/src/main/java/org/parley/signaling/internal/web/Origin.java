package org.parley.signaling.internal.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web origin (RFC 6454 §4): scheme, host and port, with the scheme's default port filled in, so
 * {@code https://a.example} and {@code https://A.example:443} are the same origin.
 */
record Origin(String scheme, String host, int port) {

    /**
     * Parses an {@code Origin} header value or a configured origin: {@code scheme://host[:port]}, http or https,
     * nothing after the authority.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static Origin parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not an origin (scheme://host[:port])", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("'" + text + "' is not an origin: the scheme must be https or http");
        }
        boolean onlyAuthority = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (uri.getHost() == null || !onlyAuthority) {
            throw new IllegalArgumentException("'" + text + "' is not an origin: only scheme://host[:port]");
        }
        return new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port(scheme, uri.getPort()));
    }

    /**
     * The origin a request was made to: its scheme as the caller used it and the {@code Host} header.
     *
     * @throws IllegalArgumentException when the host is not a host[:port]
     */
    static Origin of(boolean secure, String host) {
        return parse((secure ? "https" : "http") + "://" + host);
    }

    private static int port(String scheme, int port) {
        if (port != -1) {
            return port;
        }
        return scheme.equals("https") ? 443 : 80;
    }
}

package org.parley.store.internal.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a {@code jdbc:postgresql://host[:port]/database[?params]} URL that the store checks. Only the
 * single-host form is accepted: it is what an admin types, and it lets health name the server it cannot reach.
 *
 * @param host host name or address
 * @param port TCP port (5432 when the URL has none)
 * @param database database name
 * @param parameterNames lower-cased names of the query parameters
 */
record PostgresUrl(String host, int port, String database, Set<String> parameterNames) {

    static final String PREFIX = "jdbc:postgresql://";
    private static final int DEFAULT_PORT = 5432;

    /** The URL's parts, or empty when it is not a single-host PostgreSQL JDBC URL. */
    static Optional<PostgresUrl> parse(String url) {
        if (!url.startsWith(PREFIX) || url.indexOf(',') >= 0) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (uri.getHost() == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
                return Optional.empty();
            }
            int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
            return Optional.of(new PostgresUrl(uri.getHost(), port, path.substring(1), parameterNames(uri)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code host:port}, as a person would write it. */
    String endpoint() {
        return host + ":" + port;
    }

    private static Set<String> parameterNames(URI uri) {
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2)[0].toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}

package org.parley.auth.internal.saml;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.parley.api.rest.ProblemException;

/**
 * Downloads IdP metadata: https only (the JDK's trust store, no trust-all), plain http only to a loopback host; with
 * connect and read timeouts, no redirects, at most 1 MiB.
 */
public final class MetadataFetcher {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_BYTES = 1 << 20;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Refuses (422, field {@code metadataUrl}) a URL this SP will not fetch. */
    public static URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("it is not a URL");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw invalid("it has no host, or has user information");
        }
        if ("http".equals(uri.getScheme()) && !loopback(uri.getHost())) {
            throw invalid("plain http is allowed only to a loopback host; use https");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw invalid("it must be an https URL");
        }
        return uri;
    }

    /** The metadata text; 422 saying why when it cannot be fetched. */
    public String fetch(String url) {
        HttpRequest request = HttpRequest.newBuilder(check(url)).timeout(READ_TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw unreachable("it answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw unreachable("the metadata is larger than 1 MiB");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable("interrupted");
        }
    }

    private static boolean loopback(String host) {
        try {
            return "localhost".equalsIgnoreCase(host) || InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static ProblemException invalid(String why) {
        return new ProblemException(422, "Unusable metadata URL", "The metadata URL cannot be used: " + why + ".",
                "metadataUrl");
    }

    private static ProblemException unreachable(String why) {
        return new ProblemException(422, "Metadata not fetched", "The IdP metadata could not be fetched: " + why
                + ".", "metadataUrl");
    }
}

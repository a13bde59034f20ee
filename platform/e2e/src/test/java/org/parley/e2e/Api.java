package org.parley.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * An HTTPS client of one appliance. It accepts the appliance's self-signed certificate (tests check the
 * certificate itself elsewhere) and never follows redirects, so tests see them.
 */
public final class Api {

    private final URI base;
    private final HttpClient client;
    private final Map<String, String> sessionHeaders;

    Api(String scheme, int port) {
        this(URI.create(scheme + "://127.0.0.1:" + port), HttpClient.newBuilder()
                .sslContext(trustingContext())
                .sslParameters(noHostnameCheck())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build(), Map.of());
    }

    private Api(URI base, HttpClient client, Map<String, String> sessionHeaders) {
        this.base = base;
        this.client = client;
        this.sessionHeaders = Map.copyOf(sessionHeaders);
    }

    /** The same server, sending these headers (a session cookie and CSRF token, or a bearer token) every time. */
    public Api with(Map<String, String> headers) {
        return new Api(base, client, headers);
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), Map.of());
    }

    public Reply get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    public Reply post(String path, String json) {
        return send(path, "POST", json, "application/json");
    }

    public Reply send(String path, String method, String body, String contentType) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).method(method, publisher);
        return send(builder, contentType == null ? Map.of() : Map.of("Content-Type", contentType));
    }

    public Reply send(HttpRequest.Builder builder, Map<String, String> headers) {
        sessionHeaders.forEach(builder::header);
        headers.forEach(builder::header);
        // A first use may make keys (the SAML SP's two RSA-3072 pairs take up to 30 s on the appliance's C1 code).
        builder.timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + base + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A WebSocket builder on this client (trusting the appliance's certificate) with this client's headers. */
    WebSocket.Builder webSocket() {
        WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        sessionHeaders.forEach(builder::header);
        return builder;
    }

    /**
     * Opens a WebSocket at {@code path} with this client's headers and the appliance's own {@code Origin}, closes it
     * at once, and tells the handshake's HTTP status: 101 when it upgraded.
     */
    public int upgradeStatus(String path) {
        URI socket = URI.create(uri(path).toString().replaceFirst("^https", "wss"));
        WebSocket.Builder builder = client.newWebSocketBuilder().header("Origin", base.toString())
                .connectTimeout(Duration.ofSeconds(10));
        sessionHeaders.forEach(builder::header);
        try {
            builder.buildAsync(socket, new WebSocket.Listener() { }).get(30, TimeUnit.SECONDS).abort();
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new IllegalStateException("WebSocket to " + socket + " failed: " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("WebSocket to " + socket + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A TLS context that trusts whatever certificate the appliance presents (also for raw handshakes). */
    static SSLContext trustingContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLParameters noHostnameCheck() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}

package org.parley.http.internal.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;

/** Critical: the HTTPS port accepts connections. Registered only once the front door has configured Jetty. */
final class HttpHealthCheck implements HealthCheck {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private final String bindAddress;
    private final int port;
    private final String url;

    HttpHealthCheck(String bindAddress, int port, String url) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.url = url;
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public boolean critical() {
        return true;
    }

    @Override
    public HealthResult check() {
        String host = "0.0.0.0".equals(bindAddress) || "::".equals(bindAddress) ? "127.0.0.1" : bindAddress;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return HealthResult.up("serving " + url);
        } catch (IOException e) {
            return HealthResult.down("HTTPS port " + port + " on " + bindAddress + " does not accept connections: "
                    + e.getMessage() + "; see var/log/parley.log");
        }
    }
}

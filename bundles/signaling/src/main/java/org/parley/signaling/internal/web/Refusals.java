package org.parley.signaling.internal.web;

import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP answers of {@code /ws} before any WebSocket exists, as RFC 9457 problems like the rest of Parley: 426
 * for a request that is not a WebSocket upgrade, 403 for an origin that may not open it.
 */
final class Refusals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Refusals() {
    }

    static void upgradeRequired(HttpServletResponse response) throws IOException {
        response.setHeader("Upgrade", "websocket");
        write(response, 426, "Upgrade required", "/ws is the meeting WebSocket: open it with a WebSocket client");
    }

    static void foreignOrigin(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "This page may not open Parley's meeting WebSocket (its Origin is not Parley's own or an allowed one)");
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        byte[] body = JSON.createObjectNode().put("type", "about:blank").put("status", status).put("title", title)
                .put("detail", detail).put("instance", "/ws").toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

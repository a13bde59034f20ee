package org.parley.health.internal.metrics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an RFC 9457 {@code application/problem+json} answer from a plain servlet, which the front door's JAX-RS
 * error mapping does not reach.
 */
final class ProblemJson {

    private ProblemJson() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":" + quote(title)
                + ",\"detail\":" + quote(detail) + "}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A JSON string literal of {@code text}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

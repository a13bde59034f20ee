package org.parley.http.internal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An RFC 9457 problem document. {@code field} names the offending field of a 422; {@code errorId} ties a 500 to
 * its log line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String field,
        String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, field, errorId);
    }

    public Problem withField(String name) {
        return new Problem(type, title, status, detail, instance, name, errorId);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, field, id);
    }

    /** Writes the problem as the whole response, for errors found before JAX-RS sees the request. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(this));
    }
}

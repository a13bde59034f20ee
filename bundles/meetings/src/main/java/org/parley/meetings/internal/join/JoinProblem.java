package org.parley.meetings.internal.join;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused join as RFC 9457 problem+json with a stable {@code code} a page can act on, and {@code Retry-After}
 * when throttled. The 404 is the same for an unknown meeting, a missing and a wrong passcode.
 */
public final class JoinProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String title;
    private final String code;
    private final long retryAfter;

    private JoinProblem(int status, String title, String detail, String code, long retryAfter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static JoinProblem notFound() {
        return new JoinProblem(404, "Meeting not found", "No meeting has this link, or the passcode is wrong.",
                "not-found-or-passcode", 0);
    }

    static JoinProblem throttled(long seconds) {
        return new JoinProblem(429, "Too many attempts", "Too many wrong passcodes were tried; wait "
                + seconds + " seconds before trying again.", "too-many", seconds);
    }

    /** 503 while the server is drained ({@code parleyctl drain}); no Retry-After: nobody knows how long it takes. */
    static JoinProblem draining() {
        return new JoinProblem(503, "Server in maintenance", "This server is being drained for maintenance: "
                + "meetings cannot be joined or started on it now. Try again later or ask your administrator.",
                "draining", 0);
    }

    static JoinProblem forbidden(String code, String detail) {
        return new JoinProblem(403, "Cannot join", detail, code, 0);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The problem document, in a fixed key order. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        body.put("code", code);
        return body;
    }

    Response response() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(body());
        if (retryAfter > 0) {
            response.header("Retry-After", Long.toString(retryAfter));
        }
        return response.build();
    }
}

package org.parley.http.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.parley.http.internal.filter.BodyTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything else: a body over the limit is 413, a JSON error wrapped by Jersey is unwrapped, and any other
 * failure is 500 with an error id that the log line (with the stack trace) carries too; the caller never sees a
 * stack trace.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        String path = uriInfo.getRequestUri().getPath();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return Problems.response(Problem.of(413, "Request too large", tooLarge.getMessage()).at(path));
            }
            if (cause instanceof JsonProcessingException json) {
                return Problems.response(JsonExceptionMapper.problem(json).at(path));
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("Internal error {} on {}", errorId, path, e);
        return Problems.response(Problem.of(500, "Internal error", "Parley could not complete the request. "
                + "Give the error id " + errorId + " to your administrator: it is in var/log/parley.log.")
                .at(path).withErrorId(errorId));
    }
}

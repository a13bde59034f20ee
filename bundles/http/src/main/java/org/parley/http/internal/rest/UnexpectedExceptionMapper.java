package org.parley.http.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLTransientException;
import java.util.UUID;
import org.parley.http.internal.filter.BodyTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything else: a body over the limit is 413, a JSON error wrapped by Jersey is unwrapped, a database briefly
 * unavailable is 503 with {@code Retry-After}, and any other failure is 500 with an error id that the log line (with
 * the stack trace) carries too; the caller never sees a stack trace.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @Context
    private UriInfo uriInfo;

    /**
     * A database that is briefly unavailable (a {@link SQLTransientException} anywhere in the causes: every connection
     * busy, or the embedded pool holding borrowers off while it moves to PostgreSQL): the request changed nothing and
     * can be sent again.
     */
    static Problem databaseBusy() {
        return Problem.of(503, "Database briefly unavailable", "The database could not take this request just now "
                + "(it may be moving to PostgreSQL, or busy); nothing was changed. Try again in a few seconds.");
    }

    @Override
    public Response toResponse(Throwable e) {
        return responseFor(e, uriInfo.getRequestUri().getPath());
    }

    static Response responseFor(Throwable e, String path) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return Problems.response(Problem.of(413, "Request too large", tooLarge.getMessage()).at(path));
            }
            if (cause instanceof JsonProcessingException json) {
                return Problems.response(JsonExceptionMapper.problem(json).at(path));
            }
            if (cause instanceof SQLTransientException busy) {
                LOG.warn("The database was briefly unavailable on {}: {}", path, busy.getMessage());
                return Response.fromResponse(Problems.response(databaseBusy().at(path)))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("Internal error {} on {}", errorId, path, e);
        return Problems.response(Problem.of(500, "Internal error", "Parley could not complete the request. "
                + "Give the error id " + errorId + " to your administrator: it is in var/log/parley.log.")
                .at(path).withErrorId(errorId));
    }
}

package org.parley.http.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    @Test
    void aDatabaseBrieflyUnavailableIs503WithRetryAfterAndNoErrorId() {
        RuntimeException wrapped = new IllegalStateException("Writing the accounts database failed",
                new SQLTransientConnectionException("The pool is currently suspended"));
        Response response = UnexpectedExceptionMapper.responseFor(wrapped, "/api/v1/meetings");
        assertEquals(503, response.getStatus());
        assertEquals(UnexpectedExceptionMapper.RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertTrue(problem.detail().contains("nothing was changed. Try again"), problem.detail());
        assertFalse(problem.detail().contains("suspended"), "the pool's own words stay in the log");
        assertNull(problem.errorId());
    }

    @Test
    void anyOtherDatabaseFailureIsAnInternalErrorWithItsId() {
        Response response = UnexpectedExceptionMapper.responseFor(new IllegalStateException("broken",
                new SQLException("syntax error")), "/api/v1/meetings");
        assertEquals(500, response.getStatus());
        assertNull(response.getHeaderString("Retry-After"));
        assertTrue(((Problem) response.getEntity()).detail().contains("error id"));
    }
}

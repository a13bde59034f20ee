package org.parley.audit.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditQuery;

class AuditQueryParametersTest {

    @Test
    void everyFilterIsRead() {
        AuditQuery query = AuditQueryParameters.parse("alice", "bundle.", "org.parley.http", "2025-01-01T00:00:00Z",
                "2025-01-02T01:00:00+01:00", "40", "500", 100);

        assertEquals(new AuditQuery("alice", "bundle.", "org.parley.http", Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-02T00:00:00Z"), 40L, 500), query);
    }

    @Test
    void absentFiltersMatchEverythingWithTheDefaultLimit() {
        assertEquals(AuditQuery.all(100), AuditQueryParameters.parse(null, "", " ", null, null, null, null, 100));
    }

    @Test
    void unreadableValuesAre400NamingTheParameter() {
        assertProblem(400, "from",
                () -> AuditQueryParameters.parse(null, null, null, "yesterday", null, null, null, 1));
        assertProblem(400, "after", () -> AuditQueryParameters.parse(null, null, null, null, null, "x", null, 1));
        assertProblem(400, "limit", () -> AuditQueryParameters.parse(null, null, null, null, null, null, "1e3", 1));
    }

    @Test
    void valuesOutOfRangeAre422NamingTheParameter() {
        assertProblem(422, "limit", () -> AuditQueryParameters.parse(null, null, null, null, null, null, "10001", 1));
        assertProblem(422, "limit", () -> AuditQueryParameters.parse(null, null, null, null, null, null, "0", 1));
        assertProblem(422, "after", () -> AuditQueryParameters.parse(null, null, null, null, null, "-1", null, 1));
        assertProblem(422, "to", () -> AuditQueryParameters.parse(null, null, null, "2025-01-02T00:00:00Z",
                "2025-01-01T00:00:00Z", null, null, 1));
    }

    private static void assertProblem(int status, String field, Runnable parse) {
        ProblemException problem = assertThrows(ProblemException.class, parse::run);
        assertEquals(status, problem.status(), problem.detail());
        assertEquals(field, problem.field());
        assertEquals(true, problem.detail().contains("'" + field + "'"), problem.detail());
    }
}

package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad requests get RFC 9457 problem documents a person can act on, and leave the server unharmed. */
@ExtendWith(ParleyExtension.class)
class ProblemIT {

    private static final String CLOCK = "/api/v1/testing/clock";

    private static JsonNode problem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
        JsonNode body = reply.json();
        assertEquals(status, body.path("status").asInt());
        assertFalse(body.path("detail").asText().isBlank(), reply::toString);
        assertFalse(reply.body().contains("\tat ") || reply.body().contains("Exception:"), reply::toString);
        return body;
    }

    @Test
    void unknownRouteIs404(Appliance parley) {
        assertTrue(problem(parley.api().get("/api/v1/no/such/route"), 404).path("detail").asText()
                .contains("/api/v1/no/such/route"));
        problem(parley.api().get("/no/such/page"), 404);
    }

    @Test
    void malformedJsonIs400NamingThePosition(Appliance parley) {
        JsonNode body = problem(parley.api().post(CLOCK, "{\n  \"advanceSeconds\": ,\n}"), 400);
        assertTrue(body.path("detail").asText().contains("line 2, column"), body.toString());
    }

    @Test
    void wrongTypeOrUnknownFieldIs422NamingTheField(Appliance parley) {
        assertEquals("advanceSeconds",
                problem(parley.api().post(CLOCK, "{\"advanceSeconds\": \"soon\"}"), 422).path("field").asText());
        JsonNode unknown = problem(parley.api().post(CLOCK, "{\"advance\": 5}"), 422);
        assertEquals("advance", unknown.path("field").asText());
        assertEquals("advanceSeconds", problem(parley.api().post(CLOCK, "{}"), 422).path("field").asText());
    }

    @Test
    void wrongMediaTypeIs415AndWrongMethodIs405(Appliance parley) {
        problem(parley.api().send(CLOCK, "POST", "advanceSeconds=5", "text/plain"), 415);
        Reply notAllowed = parley.api().send(CLOCK, "DELETE", null, null);
        problem(notAllowed, 405);
        assertTrue(notAllowed.header("Allow").contains("GET"), notAllowed::toString);
    }

    @Test
    void twentyMegabyteBodyIs413(Appliance parley) {
        String huge = "{\"advanceSeconds\": 1, \"pad\": \"" + "x".repeat(20 * 1024 * 1024) + "\"}";
        problem(parley.api().post(CLOCK, huge), 413);
        assertEquals(200, parley.api().get("/api/v1/health").status());
    }

    @Test
    void hundredThousandDeepArrayIsRefusedWithoutHarm(Appliance parley) {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Reply reply = parley.api().post(CLOCK, deep);
        assertTrue(reply.status() >= 400 && reply.status() < 500, reply::toString);
        problem(reply, reply.status());
        assertEquals(200, parley.api().get("/api/v1/health").status());
    }

    @Test
    void internalErrorIs500WithAnIdThatIsInTheLog(Appliance parley) {
        JsonNode body = problem(parley.admin().get("/api/v1/testing/fixture/failure"), 500);
        String errorId = body.path("errorId").asText();
        assertFalse(errorId.isBlank(), body.toString());
        assertFalse(body.toString().contains("deliberate failure"), "internal message leaked: " + body);
        Await.until("the error id is in var/log/parley.log", () -> parley.log().contains(errorId));
    }

    @Test
    void protectedRoutesNeedASignedInCallerEvenOnThisMachine(Appliance parley) {
        problem(parley.api().get("/api/v1/system/info"), 401);
        problem(parley.api().with(java.util.Map.of("Cookie", "parley_session=forged")).get("/api/v1/system/info"), 401);
        problem(parley.api().with(java.util.Map.of("Authorization", "Bearer forged")).get("/api/v1/system/info"), 401);
        assertEquals(200, parley.admin().get("/api/v1/system/info").status());
    }
}

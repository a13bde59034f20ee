package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Time-driven behaviour is tested by moving the test clock, never by waiting: here, certificate expiry. */
@ExtendWith(ParleyExtension.class)
class ClockIT {

    @Test
    void certificateHealthFollowsTheClock(Appliance parley) {
        String start = parley.api().get("/api/v1/testing/clock").json().path("now").asText();
        try {
            move(parley, "{\"advanceSeconds\": " + 715L * 86_400 + "}");
            JsonNode soon = certificate(parley);
            assertEquals("WARN", soon.path("status").asText(), soon::toString);
            assertTrue(soon.path("detail").asText().contains("expires in"), soon::toString);

            move(parley, "{\"advanceSeconds\": " + 30L * 86_400 + "}");
            Reply health = parley.api().get("/api/v1/health");
            assertEquals("DOWN", certificate(parley).path("status").asText());
            assertEquals(200, health.status(), "an expired certificate is not critical: " + health.body());
            assertEquals("WARN", health.json().path("status").asText());
        } finally {
            move(parley, "{\"set\": \"" + start + "\"}");
        }
        assertEquals("UP", certificate(parley).path("status").asText());
    }

    private static void move(Appliance parley, String body) {
        Reply reply = parley.api().post("/api/v1/testing/clock", body);
        assertEquals(200, reply.status(), reply::toString);
    }

    private static JsonNode certificate(Appliance parley) {
        return parley.api().get("/api/v1/health").json().path("components").path("certificate");
    }
}

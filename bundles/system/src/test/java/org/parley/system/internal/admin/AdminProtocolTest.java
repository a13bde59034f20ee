package org.parley.system.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminProtocolTest {

    @Test
    void decodesCommandArgumentsAndPid() throws Exception {
        AdminProtocol.Request request = AdminProtocol.decode(
                "{\"command\":\"config.get\",\"arguments\":{\"pid\":\"org.parley.x\"},\"pid\":42}");
        assertEquals("config.get", request.command());
        assertEquals(Map.of("pid", "org.parley.x"), request.arguments());
        assertEquals(42, request.pid());
    }

    @Test
    void argumentsAndPidMayBeLeftOut() throws Exception {
        AdminProtocol.Request request = AdminProtocol.decode("{\"command\":\"status\"}");
        assertEquals(Map.of(), request.arguments());
        assertEquals(-1, request.pid());
    }

    @Test
    void refusesWhatIsNotARequest() {
        for (String bad : new String[] {"", "not json", "[1]", "{}", "{\"command\":7}", "{\"command\":\"../x\"}",
            "{\"command\":\"STATUS\"}", "{\"command\":\"status\",\"arguments\":[\"a\"]}",
            "{\"command\":\"status\",\"arguments\":{\"n\":{\"nested\":1}}}",
            "{\"command\":\"" + "a".repeat(AdminProtocol.MAX_COMMAND_LENGTH + 1) + "\"}"}) {
            assertThrows(AdminProtocol.BadRequest.class, () -> AdminProtocol.decode(bad), bad);
        }
    }

    @Test
    void repliesAreOneLineOfJson() throws Exception {
        String ok = AdminProtocol.success(Map.of("at", Instant.parse("2026-01-02T03:04:05Z")));
        assertEquals("{\"ok\":true,\"result\":{\"at\":\"2026-01-02T03:04:05Z\"}}\n", ok);
        String failed = AdminProtocol.failure(77, "say \"no\"\nplease");
        assertEquals("{\"ok\":false,\"exitStatus\":77,\"message\":\"say \\\"no\\\"\\nplease\"}\n", failed);
        assertTrue(failed.indexOf('\n') == failed.length() - 1);
    }
}

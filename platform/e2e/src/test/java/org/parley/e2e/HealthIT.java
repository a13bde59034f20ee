package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health and metrics as an anonymous caller, the machine itself, and Prometheus see them. */
@ExtendWith(ParleyExtension.class)
class HealthIT {

    /** The shared appliance trusts 127.0.0.1 as a proxy, so this header makes the caller a remote one. */
    private static final Map<String, String> REMOTE = Map.of("X-Forwarded-For", "203.0.113.9");

    @Test
    void anonymousRemoteCallerSeesOnlyUpOrDown(Appliance parley) {
        Reply reply = parley.api().get("/api/v1/health", REMOTE);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("UP", reply.json().path("status").asText());
        assertFalse(reply.json().has("components"), reply::toString);
    }

    @Test
    void loopbackSeesEveryComponent(Appliance parley) {
        Reply reply = parley.api().get("/api/v1/health");
        assertEquals(200, reply.status(), reply::toString);
        JsonNode components = reply.json().path("components");
        for (String name : List.of("database", "http", "certificate", "bundles", "disk", "audit", "settings")) {
            assertTrue(components.has(name), "health lacks " + name + ": " + reply.body());
        }
        assertEquals("UP", components.path("database").path("status").asText(), reply::toString);
        assertTrue(components.path("database").path("detail").asText().toLowerCase().contains("derby"),
                reply::toString);
        assertEquals("UP", components.path("http").path("status").asText(), reply::toString);
    }

    @Test
    void metricsServeJvmHttpAndPoolMetersToLoopbackOnly(Appliance parley) {
        parley.api().get("/api/v1/health");
        Reply metrics = parley.api().get("/metrics");
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "no JVM meters");
        assertTrue(metrics.body().contains("http_server_requests_seconds_count{")
                && metrics.body().contains("uri=\"/api/v1/health\""), "no HTTP meters by route template");
        assertTrue(metrics.body().contains("hikaricp_connections") || metrics.body().contains("jdbc_connections"),
                "no connection pool meters");
        assertEquals(403, parley.api().get("/metrics", REMOTE).status());
    }
}

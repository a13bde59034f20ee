package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parley on PostgreSQL (the shared server on 127.0.0.1:5432, a database of its own), reached through a proxy the
 * test cuts: unreachable at start and cut while running, health says why with 503 and recovers by itself.
 */
class PostgresIT {

    @Test
    void unreachableAtStartAndCutWhileRunningThenRecoversByItself() throws Exception {
        try (PostgresDatabase database = new PostgresDatabase();
                TcpProxy proxy = new TcpProxy(PostgresDatabase.PORT);
                Appliance parley = Appliance.prepare(Map.of("org.parley.store.Database.cfg",
                        database.settingsFile(proxy.port())))) {
            parley.start();
            Await.until("health answers 503", () -> status(parley) == 503);
            JsonNode down = parley.api().get("/api/v1/health").json();
            assertEquals("DOWN", down.path("components").path("database").path("status").asText(), down::toString);
            assertTrue(down.path("components").path("database").path("detail").asText()
                    .contains("127.0.0.1:" + proxy.port()), down::toString);

            proxy.open();
            Await.until("health recovers to 200 by itself", () -> status(parley) == 200);
            assertTrue(parley.api().get("/api/v1/health").json().path("components").path("database")
                    .path("detail").asText().contains("PostgreSQL"));
            assertEquals(200, parley.admin().get("/api/v1/audit").status(), "audit did not recover");

            proxy.cut();
            Await.until("health is 503 again", () -> status(parley) == 503);
            proxy.open();
            Await.until("health recovers again", () -> status(parley) == 200);
            Reply verify = parley.admin().post("/api/v1/audit/verify", "");
            assertTrue(verify.json().path("intact").asBoolean(), verify::toString);
            assertTrue(parley.isAlive());
        }
    }

    private static int status(Appliance parley) {
        return parley.api().get("/api/v1/health").status();
    }
}

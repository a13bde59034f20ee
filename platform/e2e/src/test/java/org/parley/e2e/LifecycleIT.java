package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Start, stop and crash: each test boots an appliance of its own, since it ends or breaks it. */
class LifecycleIT {

    @Test
    void sigtermStopsCleanlyWithStatus143WithinTenSeconds() {
        try (Appliance parley = Appliance.boot(Map.of())) {
            int status = parley.terminate(Duration.ofSeconds(10));
            assertEquals(143, status, "exit status after SIGTERM (-1: still running after 10 s)\n"
                    + parley.consoleTail());
            assertTrue(parley.log().contains("shut down cleanly"), "the database was not closed cleanly");
        }
    }

    @Test
    void portInUseExits78NamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            try (Appliance parley = Appliance.prepare(Map.of("org.parley.http.FrontDoor.cfg",
                    "httpsPort=" + port + "\nhttpPort=0\nbindAddress=127.0.0.1\n"))) {
                parley.start();
                int status = parley.awaitExit(Appliance.BOOT_TIMEOUT);
                String console = parley.consoleTail();
                assertEquals(78, status, console);
                assertTrue(console.contains("port " + port), console);
                assertTrue(!console.contains("\tat org."), "a stack trace reached the console:\n" + console);
            }
        }
    }

    @Test
    void acknowledgedChangesSurviveKillAndAWipedCache() throws Exception {
        try (Appliance parley = Appliance.boot(Map.of())) {
            Reply change = parley.admin().send("/api/v1/settings/org.parley.health.Disk", "PATCH",
                    "{\"warnFreeMiB\": 1234}", "application/json");
            assertEquals(200, change.status(), change::toString);

            parley.kill();
            deleteTree(parley.home().resolve("var/cache"));
            parley.start();
            parley.awaitHealthy();

            JsonNode disk = parley.admin().get("/api/v1/settings/org.parley.health.Disk").json();
            assertTrue(disk.toString().contains("1234"), "the setting was lost: " + disk);
            Reply audit = parley.admin().get("/api/v1/audit?action=settings.change&target=org.parley.health.Disk");
            assertEquals(200, audit.status(), audit::toString);
            assertEquals(1, audit.json().size(), "the acknowledged audit record was lost: " + audit.body());
            Reply verify = parley.admin().post("/api/v1/audit/verify", "");
            assertTrue(verify.json().path("intact").asBoolean(), verify::toString);
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

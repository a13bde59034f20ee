package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The admin lost every credential: {@code tools/reset-admin.sh} on the stopped appliance, as the README says. */
class BreakGlassIT {

    @Test
    void resetAdminIssuesANewOneTimePasswordAndIsAudited() throws Exception {
        try (Appliance parley = Appliance.boot(Map.of())) {
            Accounts.Account before = parley.adminAccount();
            assertEquals(143, parley.terminate(Duration.ofSeconds(10)));

            Path script = Path.of(System.getProperty("parley.tools")).resolve("reset-admin.sh");
            ProcessBuilder reset = new ProcessBuilder(script.toString()).redirectErrorStream(true);
            reset.environment().put("PARLEY_HOME", parley.home().toString());
            reset.environment().put("PARLEY_VAR_LIB", parley.home().resolve("var/lib").toString());
            Process process = reset.start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "reset-admin.sh hung");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), output);
            assertTrue(Files.isReadable(parley.home().resolve("var/lib/initial-admin-password")), output);

            parley.start();
            parley.awaitHealthy();
            Reply old = parley.api().post("/api/v1/auth/sign-in", "{\"username\": \"admin\", \"password\": "
                    + Session.quote(before.password()) + "}");
            assertEquals(401, old.status(), "the lost password still works: " + old);
            Api admin = Accounts.signIn(parley, Accounts.firstAdmin(parley));
            Reply audit = admin.get("/api/v1/audit?action=auth.break-glass");
            assertEquals(200, audit.status(), audit::toString);
            assertEquals(1, audit.json().size(), "the break-glass reset was not audited: " + audit.body());
        }
    }
}

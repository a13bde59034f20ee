package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An admin installs the organisation's certificate through the settings API, as the console will. Boots its own
 * appliance: the shared one has its ports in a settings file, which makes the front door read-only to REST.
 */
class CertificateIT {

    private static final String FRONT_DOOR = "/api/v1/settings/org.parley.http.FrontDoor";

    @Test
    void adminCertificateIsServedAndAMismatchedKeyChangesNothing() throws Exception {
        try (Appliance parley = Appliance.bootWithConsoleSettings()) {
            installCertificate(parley);
        }
    }

    private static void installCertificate(Appliance parley) throws Exception {
        Path secrets = parley.home().resolve("etc/secrets");
        Path cert = secrets.resolve("meet.pem");
        Path key = secrets.resolve("meet.key");
        Path otherKey = secrets.resolve("other.key");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=meet.example.org",
                // Jetty answers 400 to a request whose host the certificate does not name: include the address.
                "-addext", "subjectAltName=DNS:meet.example.org,IP:127.0.0.1",
                "-keyout", key.toString(), "-out", cert.toString());
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", otherKey.toString());

        Reply mismatched = patch(parley, cert, otherKey);
        assertEquals(422, mismatched.status(), mismatched::toString);
        assertEquals("certificateFile", mismatched.json().path("field").asText(), mismatched::toString);
        assertTrue(servedSubject(parley).contains("Parley appliance"), "a refused change was applied");

        try {
            assertEquals(200, patch(parley, cert, key).status());
            Await.until("the new certificate is served", () -> servedSubject(parley).contains("meet.example.org"));
            // Jetty restarted with it; the API is back once the servlets are registered again.
            Await.until("the API answers again", () -> parley.admin().get(FRONT_DOOR).status() == 200);
            assertEquals(200, parley.api().get("/api/v1/health").status());
        } finally {
            Reply back = parley.admin().send(FRONT_DOOR, "PATCH", "{\"certificateFile\": null, \"keyFile\": null}",
                    "application/json");
            assertEquals(200, back.status(), back::toString);
            Await.until("the self-signed certificate is back", () -> servedSubject(parley).contains("Parley appliance"));
        }
    }

    private static Reply patch(Appliance parley, Path cert, Path key) {
        return parley.admin().send(FRONT_DOOR, "PATCH", "{\"certificateFile\": \"" + cert + "\", \"keyFile\": \"" + key
                + "\"}", "application/json");
    }

    private static String servedSubject(Appliance parley) {
        try {
            return OpenSsl.connect(parley.httpsPort(), "-tls1_3").output().lines()
                    .filter(line -> line.startsWith("subject=")).findFirst().orElse("no certificate");
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static void openssl(String... arguments) throws Exception {
        String[] command = new String[arguments.length + 1];
        command[0] = "openssl";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0,
                () -> "openssl failed: " + String.join(" ", command));
    }
}

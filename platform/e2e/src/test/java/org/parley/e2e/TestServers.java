package org.parley.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The real directory and SAML IdP of {@code tools/test-servers} (slapd, SimpleSAMLphp), started by those scripts with
 * free ports and folders under {@code parley.work}, so a fixture started by hand is never touched. The directory
 * starts once per JVM; the IdP starts again only when it must trust a service provider it does not know yet
 * (appliances run on random ports, and it keeps trusting the earlier ones). A restart gives the IdP a new key, so
 * register it in Parley after {@link #samlIdp}. Both stop when the JVM exits.
 */
final class TestServers {

    static final String BASE_DN = "dc=example,dc=org";
    private static final Path TOOLS = Path.of(System.getProperty("parley.tools", "../../tools"), "test-servers");
    private static final Path WORK = Path.of(System.getProperty("parley.work", "target/e2e"));

    private static Ldap ldap;
    private static SamlIdp idp;
    private static final Set<String> TRUSTED_SPS = new LinkedHashSet<>();
    private static Path idpSpCertificate;

    private TestServers() {
    }

    /** The slapd of {@code ldap-up.sh}: users alice, bob, carol (locked), dave (nested group), erin (no group). */
    record Ldap(Path dir, int port, int ldapsPort) {

        String ldapUrl() {
            return "ldap://127.0.0.1:" + port;
        }

        String ldapsUrl() {
            return "ldaps://127.0.0.1:" + ldapsPort;
        }

        /** The test CA that signed the server's certificate (PEM). */
        String caPem() {
            return read(dir.resolve("ca.pem"));
        }

        /** A CA that has nothing to do with the server's certificate (PEM). */
        String otherCaPem() {
            return read(dir.resolve("other-ca.pem"));
        }

        static String userDn(String uid) {
            return "uid=" + uid + ",ou=people," + BASE_DN;
        }

        static String groupDn(String cn) {
            return "cn=" + cn + ",ou=groups," + BASE_DN;
        }

        /** Changes the directory as its administrator: LDIF lines for {@code ldapmodify}. */
        void modify(String... ldif) {
            run(List.of("ldapmodify", "-x", "-H", ldapUrl(), "-D", "cn=admin," + BASE_DN, "-w", "admin-secret"),
                    Map.of(), String.join("\n", ldif) + "\n");
        }

        /** Locks a user the way OpenLDAP's ppolicy does (its bind fails from then on), or lifts that lock. */
        void lock(String uid, boolean locked) {
            modify("dn: " + userDn(uid), "changetype: modify",
                    (locked ? "add" : "delete") + ": pwdAccountLockedTime",
                    locked ? "pwdAccountLockedTime: 000001010000Z" : "-");
        }

        /** Stops slapd but keeps its data and certificates (a directory outage). */
        void stop() {
            script("ldap-down.sh", environment(), "keep");
        }

        /** Brings the server {@link #stop} stopped back, the same as before. */
        void startAgain() {
            script("ldap-up.sh", environment(), "again");
        }

        private Map<String, String> environment() {
            return Map.of("LDAP_DIR", dir.toString(), "LDAP_PORT", String.valueOf(port),
                    "LDAPS_PORT", String.valueOf(ldapsPort));
        }
    }

    /** The SimpleSAMLphp IdP of {@code saml-up.sh}: alice (meeting-admins, meeting-users), bob (meeting-users). */
    record SamlIdp(Path dir, int port) {

        /** Its metadata URL, which is also its entityID. */
        String metadataUrl() {
            return "http://127.0.0.1:" + port + "/saml2/idp/metadata.php";
        }

        /** Its single logout service: {@code ?ReturnTo=URL} logs the browser out of every SP of its session. */
        String sloUrl() {
            return "http://127.0.0.1:" + port + "/saml2/idp/SingleLogoutService.php";
        }

        /** The IdP's signing key (PEM, unencrypted), for tests that forge responses. */
        Path key() {
            return dir.resolve("cert/idp.key");
        }

        Path certificate() {
            return dir.resolve("cert/idp.crt");
        }
    }

    /** The directory, started on first use. */
    static synchronized Ldap ldap() {
        if (ldap == null) {
            Ldap started = new Ldap(WORK.resolve("test-ldap").toAbsolutePath(), Appliance.freePort(),
                    Appliance.freePort());
            script("ldap-up.sh", started.environment());
            stopAtExit("ldap-down.sh", started.environment());
            ldap = started;
        }
        return ldap;
    }

    /** The IdP, trusting these service providers ({@code https://127.0.0.1:PORT}) and any it trusted before. */
    static SamlIdp samlIdp(String... spBaseUrls) {
        return samlIdp(null, spBaseUrls);
    }

    /**
     * The same, and with the SP signing certificate (a PEM file; null for none) the IdP refuses AuthnRequests and
     * logout messages not signed by it. The IdP holds one such certificate for all the SPs it trusts.
     */
    static synchronized SamlIdp samlIdp(Path spCertificate, String... spBaseUrls) {
        if (idp == null || !TRUSTED_SPS.containsAll(Arrays.asList(spBaseUrls))
                || !Objects.equals(spCertificate, idpSpCertificate)) {
            TRUSTED_SPS.addAll(Arrays.asList(spBaseUrls));
            SamlIdp started = idp != null ? idp
                    : new SamlIdp(WORK.resolve("test-idp").toAbsolutePath(), Appliance.freePort());
            Map<String, String> environment = new HashMap<>(Map.of("SAML_DIR", started.dir().toString(),
                    "SAML_PORT", String.valueOf(started.port()), "SP_BASE_URLS", String.join(" ", TRUSTED_SPS)));
            if (spCertificate != null) {
                environment.put("SP_CERT_FILE", spCertificate.toAbsolutePath().toString());
            }
            script("saml-up.sh", environment);
            if (idp == null) {
                stopAtExit("saml-down.sh", environment);
            }
            idp = started;
            idpSpCertificate = spCertificate;
        }
        return idp;
    }

    private static void script(String name, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of("sh", TOOLS.resolve(name).toString()));
        command.addAll(List.of(arguments));
        run(command, environment, "");
    }

    private static void stopAtExit(String script, Map<String, String> environment) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> script(script, environment), "stop-" + script));
    }

    /** Runs a command on this input to its end (at most 60 s), failing with its output unless it exits with 0. */
    private static void run(List<String> command, Map<String, String> environment, String input) {
        try {
            Files.createDirectories(WORK);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("did not finish within 60 s: " + command);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue() + ":\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

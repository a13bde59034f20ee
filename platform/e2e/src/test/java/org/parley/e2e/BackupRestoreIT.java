package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parleyctl backup} of a running appliance (users, a console setting, a meeting, the audit trail), restored
 * with {@code parleyctl restore} into a fresh appliance that then has the same users, setting and meeting and a
 * verifying audit chain. A truncated, foreign, wrong-passphrase or newer backup, and a restore under a running
 * appliance, each fail with a clear message and leave the target's files byte-identical. Two appliances of its own.
 */
class BackupRestoreIT {

    private static final String DISK = "/api/v1/settings/org.parley.health.Disk";

    @TempDir
    Path temp;

    @Test
    void backupWhileRunningRestoresIntoAFreshAppliance() throws Exception {
        Path passphrase = Files.writeString(temp.resolve("passphrase"), "e2e backup passphrase\n");
        Path backup = temp.resolve("parley.pbk");
        Path newer = temp.resolve("newer.pbk");
        Accounts.Account admin;
        Accounts.Account member;
        String meeting;
        Instant sourceClock;
        try (Appliance source = Appliance.boot(Map.of())) {
            member = Accounts.create(source, "restored.member", "member");
            Accounts.expect(200, source.admin().send(DISK, "PATCH", "{\"warnFreeMiB\": 1234}", "application/json"));
            meeting = Accounts.expect(201, source.admin().post("/api/v1/meetings", "{\"title\": \"Ward round\","
                    + " \"start\": \"" + Accounts.now(source).plus(Duration.ofMinutes(10)) + "\","
                    + " \"durationMinutes\": 30, \"timeZone\": \"Europe/Berlin\"}")).json().path("id").asText();
            long started = System.nanoTime();
            Parleyctl.Run made = Parleyctl.run(source, "backup", backup.toString(), "--passphrase-file",
                    passphrase.toString());
            assertEquals(0, made.exit(), made::toString);
            System.out.printf("BackupRestoreIT: %s (%d ms with the JVM's start)%n", made.out().strip(),
                    (System.nanoTime() - started) / 1_000_000);
            assertTrue(made.out().contains("made while Parley ran"), made::toString);
            // The same appliance, claiming to be a newer Parley: its backup says so in the manifest.
            Files.writeString(source.home().resolve("VERSION"), "99.0.0\n");
            assertEquals(0, Parleyctl.run(source, "backup", newer.toString(), "--passphrase-file",
                    passphrase.toString()).exit());
            admin = source.adminAccount();
            sourceClock = Accounts.now(source);
        }
        try (Appliance target = Appliance.boot(Map.of())) {
            Parleyctl.Run running = Parleyctl.run(target, "restore", backup.toString(), "--passphrase-file",
                    passphrase.toString());
            assertEquals(1, running.exit(), running::toString);
            assertTrue(running.err().contains("stop Parley first: systemctl stop parley"), running::toString);
            assertEquals(143, target.terminate(Duration.ofSeconds(30)), target.consoleTail());
            refusalsChangeNothing(target, backup, newer, passphrase);
            Map<String, String> ownPorts = confFiles(target);
            long started = System.nanoTime();
            Parleyctl.Run restored = Parleyctl.run(target, "restore", backup.toString(), "--passphrase-file",
                    passphrase.toString());
            assertEquals(0, restored.exit(), restored::toString);
            System.out.printf("BackupRestoreIT: restore %d ms with the JVM's start%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertTrue(restored.out().contains("replaced-"), restored::toString);
            // The restored conf.d holds the source's ports: this appliance keeps its own, as an admin moving to a
            // new machine would edit them.
            for (Map.Entry<String, String> file : ownPorts.entrySet()) {
                Files.writeString(target.home().resolve("etc/conf.d").resolve(file.getKey()), file.getValue());
            }
            target.start();
            target.awaitHealthy();
            sameData(target, admin, member, meeting, sourceClock);
        }
    }

    private void refusalsChangeNothing(Appliance target, Path backup, Path newer, Path passphrase) throws Exception {
        byte[] sealed = Files.readAllBytes(backup);
        Path truncated = Files.write(temp.resolve("truncated.pbk"), java.util.Arrays.copyOf(sealed,
                sealed.length / 2));
        Path foreign = Files.writeString(temp.resolve("foreign.pbk"), "not a backup at all\n");
        Path wrong = Files.writeString(temp.resolve("wrong"), "another passphrase\n");
        Map<String, String> before = state(target);
        expectRefused(target, truncated, passphrase, "is truncated");
        expectRefused(target, foreign, passphrase, "is not a Parley backup");
        expectRefused(target, backup, wrong, "wrong passphrase");
        expectRefused(target, newer, passphrase, "newer than the installed");
        assertEquals(before, state(target), "a refused restore changed the target's files");
    }

    private static void expectRefused(Appliance target, Path file, Path passphrase, String message) {
        Parleyctl.Run run = Parleyctl.run(target, "restore", file.toString(), "--passphrase-file",
                passphrase.toString());
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains(message), run::toString);
    }

    private static void sameData(Appliance target, Accounts.Account admin, Accounts.Account member, String meeting,
            Instant sourceClock) {
        // TOTP codes used on the source are spent in the restored database: move past the source's clock.
        long behind = Duration.between(Accounts.now(target), sourceClock).getSeconds();
        Accounts.advance(target, Math.max(0, behind) + 60);
        Api signedIn = Accounts.signIn(target, admin);
        Accounts.signIn(target, member);
        assertTrue(signedIn.get(DISK).body().contains("1234"), () -> signedIn.get(DISK).body());
        Reply found = Accounts.expect(200, signedIn.get("/api/v1/meetings/" + meeting));
        assertEquals("Ward round", found.json().path("title").asText(), found::toString);
        Reply verify = Accounts.expect(200, signedIn.post("/api/v1/audit/verify", ""));
        assertTrue(verify.json().path("intact").asBoolean(), verify::toString);
    }

    /** The appliance's own settings files (ports), by name. */
    private static Map<String, String> confFiles(Appliance parley) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(parley.home().resolve("etc/conf.d"))) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    /** SHA-256 of every file under etc/ and var/lib/ except the backup folder (a restore's scratch space). */
    private static Map<String, String> state(Appliance parley) {
        Map<String, String> files = new TreeMap<>();
        for (Path root : List.of(parley.home().resolve("etc"), parley.home().resolve("var/lib"))) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    String name = parley.home().relativize(path).toString();
                    if (!name.startsWith("var/lib/backup/")) {
                        files.put(name, sha256(path));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

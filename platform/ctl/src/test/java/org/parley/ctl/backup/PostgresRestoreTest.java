package org.parley.ctl.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL side of {@code parleyctl restore}: which database the settings name, what reaches {@code pg_dump}
 * and {@code pg_restore} (never the password in their arguments or environment), and the refusals that change
 * nothing.
 */
class PostgresRestoreTest {

    private static final String SECRET = "s3cr:t\\pw";

    @TempDir
    Path temp;

    @Test
    void settingsFileWithAPasswordFileGivesLibpqItsEnvironmentAndAPasswordFile() throws IOException {
        Path etc = temp.resolve("etc");
        write(etc.resolve(DatabaseTarget.CFG), "url=jdbc:postgresql://db.example:6432/parley?tcpKeepAlive=true\n"
                + "user=parley\npasswordFile=db-password\nsslMode=verify-full\nsslRootCert=ca.pem\n");
        write(etc.resolve("secrets/db-password"), SECRET + "\n");
        DatabaseTarget target = DatabaseTarget.read(etc, temp.resolve("var/lib")).orElseThrow();
        Path passFile = temp.resolve("pass");
        Map<String, String> env = target.environment(passFile);
        assertEquals(Map.of("PGHOST", "db.example", "PGPORT", "6432", "PGDATABASE", "parley", "PGUSER", "parley",
                "PGSSLMODE", "verify-full", "PGSSLROOTCERT", etc.resolve("secrets/ca.pem").toString(),
                "PGCONNECT_TIMEOUT", "5", "PGPASSFILE", passFile.toString()), env);
        assertEquals("*:*:*:parley:s3cr\\:t\\\\pw\n", target.passFileLine());
        assertFalse(target.toString().contains("s3cr"), target.toString());
        List<String> restore = PostgresRestore.restoreCommand(Path.of("/usr/bin/pg_restore"), Path.of("/d/x.dump"),
                target.database());
        assertEquals(List.of("/usr/bin/pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                "--no-password", "--dbname=parley", "/d/x.dump"), restore);
        List<String> dump = PostgresRestore.dumpCommand(Path.of("/usr/bin/pg_dump"), Path.of("/r/parley.dump"));
        assertEquals(List.of("/usr/bin/pg_dump", "--format=custom", "--no-password", "--file=/r/parley.dump"), dump);
        for (String text : List.of(String.join(" ", restore), String.join(" ", dump), env.toString())) {
            assertFalse(text.contains("s3cr"), text);
        }
    }

    @Test
    void theNewerOfTheSettingsFileAndTheConsoleCopyWinsAndSslDefaultsToRequire() throws IOException {
        Path etc = temp.resolve("etc");
        Path varLib = temp.resolve("var/lib");
        Path cfg = write(etc.resolve(DatabaseTarget.CFG), "url=jdbc:postgresql://old.example/parley\nuser=a\n");
        Path config = write(varLib.resolve(DatabaseTarget.CONFIG), "service.pid=\"org.parley.store.Database\"\n"
                + "url=\"jdbc:postgresql://[::1]/moved\"\nuser=\"b\"\npassword=\"p\\\"w\"\n"
                + "connectTimeoutSeconds=I\"9\"\n");
        Files.setLastModifiedTime(cfg, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        DatabaseTarget moved = DatabaseTarget.read(etc, varLib).orElseThrow();
        assertEquals("[::1]:5432/moved", moved.describe());
        assertEquals("*:*:*:b:p\"w\n", moved.passFileLine());
        assertEquals("require", moved.sslMode());
        assertEquals(9, moved.connectTimeoutSeconds());
        Files.setLastModifiedTime(config, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        assertEquals("old.example:5432/parley", DatabaseTarget.read(etc, varLib).orElseThrow().describe());
        Files.writeString(cfg, "url=\n");
        Files.delete(config);
        assertTrue(DatabaseTarget.read(etc, varLib).isEmpty(), "no url: embedded Derby");
    }

    @Test
    void withoutPgRestoreTheMessageNamesThePackageAndNothingIsWritten() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path pgDump = write(bin.resolve("pg_dump"), "#!/bin/sh\nexit 0\n");
        pgDump.toFile().setExecutable(true);
        DatabaseTarget target = new DatabaseTarget("h", 5432, "parley", "u", "pw", "require", null, 5);
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        Path replaced = temp.resolve("replaced/db/parley.dump");
        IOException missing = assertThrows(IOException.class, () -> PostgresRestore.restore(target,
                temp.resolve("x.dump"), replaced, scratch, Map.of("PATH", bin.toString()),
                new PrintStream(new ByteArrayOutputStream())));
        assertTrue(missing.getMessage().startsWith("pg_restore is not installed"), missing.getMessage());
        assertTrue(missing.getMessage().contains("apt install postgresql-client"), missing.getMessage());
        assertTrue(missing.getMessage().contains("dnf install postgresql"), missing.getMessage());
        assertFalse(Files.exists(temp.resolve("replaced")));
        try (var left = Files.list(scratch)) {
            assertEquals(0, left.count(), "no password file left");
        }
    }

    @Test
    void aBackupOfTheOtherKindOfDatabaseIsRefusedSayingWhatToDo() {
        BackupManifest derby = manifest("derby", "db/parley/seg0/c10.dat");
        BackupManifest postgres = manifest(VendorCheck.POSTGRESQL, "db/parley.dump");
        BackupFileException onPostgres = assertThrows(BackupFileException.class,
                () -> VendorCheck.refuseOther(derby, true));
        assertTrue(onPostgres.getMessage().contains("console's database move"), onPostgres.getMessage());
        BackupFileException onDerby = assertThrows(BackupFileException.class,
                () -> VendorCheck.refuseOther(postgres, false));
        assertTrue(onDerby.getMessage().contains("point org.parley.store.Database at the PostgreSQL database"),
                onDerby.getMessage());
        org.junit.jupiter.api.Assertions.assertAll(
                () -> VendorCheck.refuseOther(derby, false),
                () -> VendorCheck.refuseOther(postgres, true),
                () -> VendorCheck.refuseOther(manifest("derby", "var/lib/keys/signing.key"), true));
    }

    private static BackupManifest manifest(String vendor, String file) {
        return new BackupManifest(BackupManifest.FORMAT, "0.1.0", "2026-01-01T00:00:00Z", vendor, Map.of(), "test",
                List.of(new BackupManifest.Entry(file, false, 1, "00", "rw-------", "root", "root")));
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}

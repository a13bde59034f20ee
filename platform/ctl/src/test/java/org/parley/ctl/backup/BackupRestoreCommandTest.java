package org.parley.ctl.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ctl.Ctl;
import org.parley.ctl.UsageException;

/**
 * {@code backup} with Parley stopped and {@code restore} into another installation, through the commands; the
 * refusals leave the target's files byte-identical.
 */
class BackupRestoreCommandTest {

    @TempDir
    Path temp;

    private Ctl source;
    private Ctl target;
    private Path passphrase;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void installations() throws IOException {
        source = installation("source", "old");
        target = installation("target", "new");
        passphrase = Files.writeString(temp.resolve("passphrase"), "correct horse battery\n");
    }

    @Test
    void restoresWhatWasBackedUpAndKeepsWhatItReplaced() throws Exception {
        Path file = temp.resolve("b.pbk");
        assertEquals(0, run(new BackupCommand(), source, file.toString(), "--passphrase-file", passphrase.toString()));
        assertTrue(out.toString().contains("Parley was not running") || out.toString().contains("not running"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Map<String, String> before = tree(target);
        assertEquals(0, run(new RestoreCommand(), target, file.toString(), "--passphrase-file", passphrase.toString(),
                "--verify-only"), err.toString());
        assertEquals(before, tree(target), "--verify-only changes nothing");
        assertEquals(0, run(new RestoreCommand(), target, file.toString(), "--passphrase-file", passphrase.toString()),
                err.toString());
        assertEquals(tree(source), tree(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                target.varLib().resolve("keys/signing.key"))));
        Path replaced;
        try (Stream<Path> list = Files.list(target.varLib().resolve("backup"))) {
            replaced = list.filter(p -> p.getFileName().toString().startsWith("replaced-")).findFirst().orElseThrow();
        }
        assertEquals("new", Files.readString(replaced.resolve("var/lib/keys/signing.key")));
        assertEquals("PARLEY_HEAP=old", Files.readString(target.defaults()), "the unit's settings");
        assertEquals("PARLEY_HEAP=new", Files.readString(replaced.resolve(BackupLayout.ENVIRONMENT)));
        assertTrue(out.toString().contains(replaced.toString()), out.toString());
    }

    @Test
    void damagedForeignWrongOrNewerBackupsChangeNothing() throws Exception {
        Path file = temp.resolve("b.pbk");
        assertEquals(0, run(new BackupCommand(), source, file.toString(), "--passphrase-file", passphrase.toString()));
        byte[] sealed = Files.readAllBytes(file);
        Path truncated = Files.write(temp.resolve("truncated.pbk"), java.util.Arrays.copyOf(sealed, sealed.length - 1));
        Path foreign = Files.writeString(temp.resolve("foreign.pbk"), "hello");
        Path wrong = Files.writeString(temp.resolve("wrong"), "incorrect horse battery\n");
        Path newer = temp.resolve("newer.pbk");
        BackupFiles.reseal(file, newer, BackupSecret.passphraseFile(passphrase), temp.resolve("reseal"),
                BackupLayout.of(source), m -> m.withParleyVersion("99.0.0"));
        Map<String, String> before = tree(target);
        expectRefusal(truncated, passphrase, "truncated");
        expectRefusal(foreign, passphrase, "not a Parley backup");
        expectRefusal(file, wrong, "wrong passphrase");
        expectRefusal(newer, passphrase, "newer than the installed");
        assertEquals(before, tree(target));
    }

    @Test
    void extractsIntoANewFolderAndChangesNothingElse() throws Exception {
        Path file = temp.resolve("b.pbk");
        assertEquals(0, run(new BackupCommand(), source, file.toString(), "--passphrase-file", passphrase.toString()));
        Map<String, String> before = tree(target);
        Path folder = temp.resolve("extracted");
        assertEquals(0, run(new RestoreCommand(), target, file.toString(), "--passphrase-file", passphrase.toString(),
                "--extract", folder.toString()), err.toString());
        assertEquals("old password", Files.readString(folder.resolve("etc/secrets/db-password")));
        assertEquals("old rows", Files.readString(folder.resolve("db/parley/seg0/c10.dat")));
        assertEquals(before, tree(target));
    }

    @Test
    void refusesToRestoreUnderARunningDatabase() throws Exception {
        Path file = temp.resolve("b.pbk");
        assertEquals(0, run(new BackupCommand(), source, file.toString(), "--passphrase-file", passphrase.toString()));
        Files.writeString(target.varLib().resolve("db/parley/db.lck"), "lock");
        assertEquals(1, run(new RestoreCommand(), target, file.toString(), "--passphrase-file", passphrase.toString()));
        assertTrue(err.toString().contains("stop Parley first: systemctl stop parley"), err.toString());
    }

    @Test
    void offlineRefusesAnOldDerbyFolderWhenPostgresIsConfigured() throws Exception {
        write(source.etc().resolve("conf.d/org.parley.store.Database.cfg"),
                "url=jdbc:postgresql://db.example/parley\nuser=parley\n", "rw-r--r--");
        assertEquals(1, run(new BackupCommand(), source, temp.resolve("b.pbk").toString(), "--passphrase-file",
                passphrase.toString()));
        assertTrue(err.toString().contains("PostgreSQL: start Parley"), err.toString());
        assertFalse(Files.exists(temp.resolve("b.pbk")));
    }

    @Test
    void aNeverStartedInstallationBacksUpItsSettingsAndRestoresLeaveTheDatabase() throws Exception {
        Trees.delete(source.varLib().resolve("db"));
        Path file = temp.resolve("b.pbk");
        assertEquals(0, run(new BackupCommand(), source, file.toString(), "--passphrase-file", passphrase.toString()));
        assertTrue(out.toString().contains("no database yet"), out.toString());
        assertEquals(0, run(new RestoreCommand(), target, file.toString(), "--passphrase-file", passphrase.toString()),
                err.toString());
        assertEquals("new rows", Files.readString(target.varLib().resolve("db/parley/seg0/c10.dat")));
        assertEquals("old", Files.readString(target.varLib().resolve("keys/signing.key")));
    }

    @Test
    void passphraseIsNeverAnArgument() {
        UsageException refused = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> BackupArguments.parse(List.of("f.pbk", "--passphrase", "x"), java.util.Set.of()));
        assertTrue(refused.getMessage().contains("--passphrase-file"), refused.getMessage());
    }

    private void expectRefusal(Path file, Path secret, String message) throws Exception {
        err.reset();
        int status;
        try {
            status = run(new RestoreCommand(), target, file.toString(), "--passphrase-file", secret.toString());
        } catch (BackupFileException e) {
            status = 1;
            err.write(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1, status);
        assertTrue(err.toString().contains(message), err.toString());
        try (Stream<Path> list = Files.list(target.varLib().resolve("backup"))) {
            assertFalse(list.anyMatch(p -> p.getFileName().toString().startsWith(".restore-")), "staging removed");
        }
    }

    private int run(org.parley.ctl.CtlCommand command, Ctl ctl, String... arguments) throws Exception {
        return command.run(List.of(arguments), ctl);
    }

    private Ctl installation(String name, String content) throws IOException {
        Path home = temp.resolve(name);
        Ctl ctl = new Ctl(home, home.resolve("etc"), home.resolve("var/lib"), home.resolve("var/log"),
                home.resolve("var/run"), new PrintStream(out, true), new PrintStream(err, true));
        Files.createDirectories(home.resolve("bundle"));
        Files.createFile(home.resolve("bundle/org.parley.api-0.1.0-SNAPSHOT.jar"));
        write(ctl.varLib().resolve("db/parley/seg0/c10.dat"), content + " rows", "rw-r-----");
        write(ctl.varLib().resolve("keys/signing.key"), content, "rw-------");
        write(ctl.varLib().resolve("tls/server.p12"), content + " cert", "rw-r-----");
        write(ctl.varLib().resolve("config/org/parley/x.config"), content + " setting", "rw-r-----");
        write(ctl.etc().resolve("conf.d/org.parley.http.FrontDoor.cfg"), content + " port", "rw-r--r--");
        write(ctl.etc().resolve("secrets/db-password"), content + " password", "rw-r-----");
        write(ctl.defaults(), "PARLEY_HEAP=" + content, "rw-r--r--");
        return ctl;
    }

    private static void write(Path file, String content, String mode) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    }

    /** Every file of the backed-up folders: content and mode, by path relative to the installation. */
    private static Map<String, String> tree(Ctl ctl) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (BackupLayout folder : BackupLayout.of(ctl)) {
            if (!Files.exists(folder.live())) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder.live())) {
                for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                    files.put(folder.name() + "/" + folder.live().relativize(path), Files.readString(path) + " "
                            + PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
                }
            }
        }
        return files;
    }
}

package org.parley.ctl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The break-glass with Parley stopped (also what {@code tools/reset-admin.sh} runs): {@code ResetAdmin} of the auth
 * bundle runs in a Java process of its own on the installation's jars (the store and auth bundles' embedded
 * libraries unpacked into a temporary folder), as the owner of the state folder, so the database files it touches
 * stay Parley's. PostgreSQL: {@code PARLEY_DB_URL}, {@code PARLEY_DB_USER}, {@code PARLEY_DB_PASSWORD} are passed on.
 */
final class OfflineReset {

    private static final String MAIN = "org.parley.auth.internal.breakglass.ResetAdmin";

    private final Ctl ctl;

    OfflineReset(Ctl ctl) {
        this.ctl = ctl;
    }

    int run() throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("parleyctl-reset");
        try {
            List<String> command = new ArrayList<>(asOwner(ctl.varLib()));
            // Derby's own log goes where the service's goes (conf/config.properties), not into the working folder.
            command.addAll(List.of(java(), "-Dslf4j.internal.verbosity=ERROR", "-Dderby.stream.error.file="
                    + ctl.log().resolve("derby.log"), "-cp", classPath(work), MAIN));
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO().directory(ctl.varLib().toFile());
            builder.environment().put("PARLEY_VAR_LIB", ctl.varLib().toString());
            return builder.start().waitFor();
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The owner of the state folder runs the reset ({@code setpriv}), unless that is root already. */
    static List<String> asOwner(Path varLib) throws IOException {
        PosixFileAttributes owner = Files.readAttributes(varLib, PosixFileAttributes.class);
        if (owner.owner().getName().equals("root")) {
            return List.of();
        }
        // The work folder is created 0700 by root; the owner must read the unpacked jars.
        return List.of("setpriv", "--reuid=" + owner.owner().getName(), "--regid=" + owner.group().getName(),
                "--clear-groups", "--");
    }

    private String classPath(Path work) throws IOException {
        work.toFile().setReadable(true, false);
        work.toFile().setExecutable(true, false);
        List<String> entries = new ArrayList<>();
        Path bundle = ctl.home().resolve("bundle");
        for (String prefix : List.of("org.parley.api-", "org.parley.store-", "org.parley.audit-", "org.parley.auth-",
                "bcprov-", "jackson-")) {
            for (Path jar : jars(bundle, prefix)) {
                entries.add(jar.toString());
                if (prefix.equals("org.parley.store-") || prefix.equals("org.parley.auth-")) {
                    entries.addAll(unpackLibraries(jar, work));
                }
            }
        }
        jars(ctl.home().resolve("boot"), "slf4j-api-").forEach(jar -> entries.add(jar.toString()));
        return String.join(":", entries);
    }

    private static List<Path> jars(Path folder, String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, prefix + "*.jar")) {
            stream.forEach(found::add);
        }
        return found;
    }

    /** The bundle's {@code lib/*.jar}, which a plain class path cannot see inside it. */
    private static List<String> unpackLibraries(Path bundle, Path work) throws IOException {
        List<String> libraries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("lib/") && name.endsWith(".jar") && !name.contains("..")) {
                    Path target = work.resolve(bundle.getFileName() + "-" + Path.of(name).getFileName());
                    copy(zip, target);
                    libraries.add(target.toString());
                }
            }
        }
        return libraries;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target);
        target.toFile().setReadable(true, false);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}

package org.parley.ctl.backup;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether Parley runs and on which database, as backup and restore need to know: something accepts on the admin socket (a socket file
 * left by a crash does not count), or embedded Derby holds its lock file ({@code db.lck}, deleted when Derby shuts
 * down cleanly).
 */
final class ServiceProbe {

    private static final Pattern POSTGRES_URL = Pattern.compile("^\\s*url\\s*=\\s*\"?jdbc:postgresql:");

    private ServiceProbe() {
    }

    static boolean answers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the settings point the store at PostgreSQL (the file in {@code etc/conf.d} or the console's copy in
     * {@code var/lib/config}): then an old Derby folder may lie around, and is not the database.
     */
    static boolean postgresConfigured(Path etc, Path varLib) throws IOException {
        for (Path file : List.of(etc.resolve("conf.d/org.parley.store.Database.cfg"),
                varLib.resolve("config/org/parley/store/Database.config"))) {
            if (Files.isRegularFile(file) && Files.readAllLines(file).stream()
                    .anyMatch(line -> POSTGRES_URL.matcher(line).find())) {
                return true;
            }
        }
        return false;
    }

    /** Derby's lock file in the embedded database, present while a JVM has it open. */
    static Path derbyLock(Path varLib) {
        return varLib.resolve("db").resolve("parley").resolve("db.lck");
    }
}

package org.parley.store.internal.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Optional;

/**
 * Reads the files that settings point to (a password file, a CA certificate). Relative paths are resolved under
 * the secrets folder ({@code ${parley.etc}/secrets}). When a read fails, {@link #lastProblem()} says why in words
 * an admin can act on; a file's content is never part of a message.
 */
final class SecretFiles {

    private final Path secretsDir;
    private String lastProblem = "";

    SecretFiles(Path secretsDir) {
        this.secretsDir = secretsDir;
    }

    Optional<String> readPassword(String name) {
        Path file = resolve(name);
        if (!readable(file)) {
            return Optional.empty();
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            // Editors and `echo` add a line end that is not part of the password.
            String password = content.replaceAll("[\r\n]+$", "");
            if (password.isEmpty()) {
                lastProblem = "file " + file + " is empty";
                return Optional.empty();
            }
            return Optional.of(password);
        } catch (IOException e) {
            lastProblem = "cannot read " + file + ": " + e.getClass().getSimpleName();
            return Optional.empty();
        }
    }

    Optional<Path> checkCertificate(String name) {
        Path file = resolve(name);
        if (!readable(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
                lastProblem = file + " holds no certificate";
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException | CertificateException e) {
            lastProblem = file + " is not a PEM or DER X.509 certificate";
            return Optional.empty();
        }
    }

    String lastProblem() {
        return lastProblem;
    }

    private Path resolve(String name) {
        Path path = Path.of(name);
        return path.isAbsolute() ? path : secretsDir.resolve(path).normalize();
    }

    private boolean readable(Path file) {
        if (!Files.isRegularFile(file)) {
            lastProblem = "file " + file + " does not exist (relative paths are read under " + secretsDir + ")";
            return false;
        }
        if (!Files.isReadable(file)) {
            lastProblem = "file " + file + " is not readable by the Parley service user";
            return false;
        }
        return true;
    }
}

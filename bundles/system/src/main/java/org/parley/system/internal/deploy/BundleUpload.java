package org.parley.system.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.audit.api.AuditException;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;

/**
 * An uploaded jar on its way into the deploy folder: kept in a temporary file beside it (ignored by the watcher,
 * which only looks at {@code *.jar}), refused unless upload is on, the jar is signed by a trusted signer and is an
 * installable bundle; then audited and renamed into {@code var/lib/deploy}, over the file that already holds that
 * bundle if there is one, so the watcher updates it in place and keeps the previous jar for roll-back.
 */
final class BundleUpload {

    private final Path folder;
    private final AuditTrail audit;

    BundleUpload(Path folder, AuditTrail audit) {
        this.folder = folder;
        this.audit = audit;
    }

    /** Refuses every upload while {@code uploadEnabled} is off (the default). */
    static void requireEnabled(boolean uploadEnabled) {
        if (!uploadEnabled) {
            throw ProblemException.conflict("bundle upload is turned off: set uploadEnabled in "
                    + "org.parley.system.Deploy (and trustedSigners to the certificate of the signing key)");
        }
    }

    /** Copies the body into a temporary file of the deploy folder; the caller deletes it. */
    Path receive(InputStream body) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".upload-", ".tmp");
        try (InputStream in = body) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        return temporary;
    }

    /**
     * Checks the received jar and moves it into place. {@code deployFileOf} gives the deploy file that holds a bundle
     * already, if any. Runs on the watcher's thread so no scan sees a half-made decision.
     */
    UploadedBundle accept(Path received, String uploadName, List<X509Certificate> trusted,
            Function<String, Optional<String>> deployFileOf, Caller caller) {
        SignedJarVerifier.Verdict verdict = SignedJarVerifier.verify(received, trusted);
        JarCheck check = JarInspector.inspect(received);
        if (!verdict.trusted() || !check.acceptable()) {
            String reason = !verdict.trusted() ? verdict.refusal() : "the jar " + check.refusal();
            audit.recordOrLog(caller, "bundle.upload", uploadName, Outcome.FAILURE,
                    Map.of("sha256", check.sha256(), "reason", reason));
            throw ProblemException.invalid("body", "Upload refused: " + reason + "; nothing was installed");
        }
        String fileName = deployFileOf.apply(check.symbolicName()).orElse(check.symbolicName() + ".jar");
        Map<String, String> details = Map.of("sha256", check.sha256(), "symbolicName", check.symbolicName(),
                "version", check.version(), "signer", verdict.signer(), "file", fileName);
        try {
            audit.record(caller, "bundle.upload", check.symbolicName(), Outcome.SUCCESS, details);
        } catch (AuditException e) {
            throw new ProblemException(503, "Audit unavailable", "The upload could not be audited ("
                    + e.getMessage() + "), so it was not installed; try again when audit is up");
        }
        try {
            Files.move(received, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ProblemException(500, "Upload not stored", "The jar could not be moved into " + folder + ": "
                    + e.getMessage());
        }
        return new UploadedBundle(check.symbolicName(), check.version(), check.sha256(), verdict.signer(), fileName);
    }
}

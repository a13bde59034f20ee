package org.parley.system.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Decides whether a jar was signed (jarsigner, JAR signature format) by a trusted signer and left untouched since:
 * the jar is opened with verification on and every entry is read to its end (which makes the JDK compare each
 * entry's digest with the signed manifest, throwing on a changed entry), then every entry outside
 * {@code META-INF/} must carry a signer whose certificate is a trusted one or was issued by one.
 */
final class SignedJarVerifier {

    /** The outcome: the trusted signer's subject, or why the jar is refused. */
    record Verdict(String signer, String refusal) {
        boolean trusted() {
            return refusal == null;
        }
    }

    private SignedJarVerifier() {
    }

    static Verdict verify(Path jar, List<X509Certificate> trusted) {
        if (trusted.isEmpty()) {
            return new Verdict(null, "no trusted signer is configured: set trustedSigners (PEM certificates) in "
                    + "org.parley.system.Deploy");
        }
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            List<JarEntry> entries = readEveryEntry(file);
            String signer = null;
            for (JarEntry entry : entries) {
                if (entry.isDirectory() || isSignatureRelated(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    return new Verdict(null, signer == null
                            ? "the jar is not signed: sign it with jarsigner and the key of a trusted signer"
                            : "entry " + entry.getName() + " is not signed (added after signing?): sign the jar again");
                }
                X509Certificate accepted = trustedSigner(signers, trusted);
                if (accepted == null) {
                    return new Verdict(null, "the jar is signed by " + subject(signers[0]) + ", which is not a "
                            + "trusted signer (trustedSigners of org.parley.system.Deploy)");
                }
                signer = accepted.getSubjectX500Principal().getName();
            }
            return signer == null ? new Verdict(null, "the jar holds nothing to sign") : new Verdict(signer, null);
        } catch (SecurityException e) {
            return new Verdict(null, "the jar was changed after it was signed (" + e.getMessage() + ")");
        } catch (IOException e) {
            return new Verdict(null, "the jar cannot be read (" + e.getMessage() + ")");
        }
    }

    private static List<JarEntry> readEveryEntry(JarFile file) throws IOException {
        List<JarEntry> entries = new ArrayList<>();
        byte[] buffer = new byte[8192];
        Enumeration<JarEntry> all = file.entries();
        while (all.hasMoreElements()) {
            JarEntry entry = all.nextElement();
            try (InputStream in = file.getInputStream(entry)) {
                while (in.read(buffer) >= 0) {
                    // Signers are known, and digests checked, only once an entry has been read to its end.
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    private static boolean isSignatureRelated(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF") || upper.startsWith("META-INF/") && (upper.endsWith(".SF")
                || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-"));
    }

    private static X509Certificate trustedSigner(CodeSigner[] signers, List<X509Certificate> trusted) {
        for (CodeSigner signer : signers) {
            List<? extends Certificate> path = signer.getSignerCertPath().getCertificates();
            X509Certificate signing = (X509Certificate) path.get(0);
            for (X509Certificate anchor : trusted) {
                if (signing.equals(anchor) || issuedBy(signing, anchor)) {
                    return signing;
                }
            }
        }
        return null;
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String subject(CodeSigner signer) {
        return ((X509Certificate) signer.getSignerCertPath().getCertificates().get(0)).getSubjectX500Principal()
                .getName();
    }
}

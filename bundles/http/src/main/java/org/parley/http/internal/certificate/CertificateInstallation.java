package org.parley.http.internal.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.audit.api.AuditException;
import org.parley.http.internal.certificate.TlsResource.CertificateUpload;
import org.parley.http.internal.tls.ServerKeystore;
import org.parley.http.internal.tls.TlsMaterial;

/**
 * One installation of an uploaded certificate: checked completely first, then written as
 * {@link TlsMaterial#INSTALLED}; if the audit record cannot be written the previous files are put back.
 */
final class CertificateInstallation {

    /** An upload that passed every check. */
    record Checked(List<X509Certificate> chain, PrivateKey key, List<String> warnings, boolean pendingKey) {
    }

    /** The audit record of the change, written after the files and before the answer. */
    @FunctionalInterface
    interface Audit {
        void record() throws AuditException;
    }

    private final TlsMaterial material;
    private final CertificateRequests requests;

    CertificateInstallation(TlsMaterial material, CertificateRequests requests) {
        this.material = material;
        this.requests = requests;
    }

    Checked check(CertificateUpload upload, List<String> hostNames, Instant now)
            throws CertificateRefused, IOException, GeneralSecurityException {
        if (upload == null) {
            throw new CertificateRefused("certificate", "send {\"certificate\": \"<PEM chain>\", \"privateKey\": "
                    + "\"<PEM key>\"}; leave out privateKey for a certificate issued for the pending request");
        }
        List<X509Certificate> chain = CertificateValidator.parseChain(upload.certificate());
        boolean pending = upload.privateKey() == null || upload.privateKey().isBlank();
        PrivateKey key;
        if (pending) {
            Optional<PrivateKey> pendingKey = requests.pendingKey();
            if (pendingKey.isEmpty()) {
                throw new CertificateRefused("privateKey", "no private key was sent and no certificate request is "
                        + "pending: send privateKey, or make a request first (POST /api/v1/system/tls/csr)");
            }
            key = pendingKey.get();
        } else {
            key = CertificateValidator.parseKey(upload.privateKey(), upload.keyPassword());
        }
        try {
            List<String> warnings = CertificateValidator.validate(chain, key, hostNames, now);
            return new Checked(chain, key, warnings, pending);
        } catch (CertificateRefused e) {
            if (pending && e.field().equals("privateKey")) {
                throw new CertificateRefused("certificate", "the certificate does not match the key of the pending "
                        + "certificate request: was it issued for an older request? Send the certificate issued for "
                        + "the latest request, or send its privateKey too");
            }
            throw e;
        }
    }

    ServerKeystore apply(Checked checked, Audit audit) throws IOException, GeneralSecurityException, AuditException {
        Path keystore = material.folder().resolve(TlsMaterial.INSTALLED);
        Path password = material.folder().resolve(TlsMaterial.INSTALLED.replace(".p12", ".password"));
        byte[] oldKeystore = Files.isReadable(keystore) ? Files.readAllBytes(keystore) : null;
        byte[] oldPassword = Files.isReadable(password) ? Files.readAllBytes(password) : null;
        ServerKeystore installed = material.install(checked.key(), checked.chain());
        try {
            audit.record();
        } catch (AuditException | RuntimeException e) {
            restore(keystore, oldKeystore);
            restore(password, oldPassword);
            throw e;
        }
        if (checked.pendingKey()) {
            requests.clear();
        }
        return installed;
    }

    private static void restore(Path file, byte[] content) throws IOException {
        if (content == null) {
            Files.deleteIfExists(file);
        } else {
            Files.write(file, content);
        }
    }

    /** The chain held by a served keystore, server certificate first. */
    static List<X509Certificate> chainOf(ServerKeystore keystore) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore.file())) {
            store.load(in, keystore.password().toCharArray());
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (String alias : java.util.Collections.list(store.aliases())) {
            Certificate[] certificates = store.getCertificateChain(alias);
            if (certificates != null) {
                for (Certificate certificate : certificates) {
                    chain.add((X509Certificate) certificate);
                }
                return chain;
            }
        }
        chain.add(keystore.certificate());
        return chain;
    }
}

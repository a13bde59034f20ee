package org.parley.http.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Produces the keystore Jetty serves: either from the admin's certificate (PEM chain + key, or PKCS#12), checked
 * to belong together, or from the self-signed certificate made on first start and kept under {@code var/lib/tls}
 * (made again when it is within {@value #RENEW_DAYS} days of expiry), or from the certificate an admin installed
 * over REST ({@value #INSTALLED}, preferred to the self-signed one while no file is configured). Files holding keys
 * are owner-only.
 */
public final class TlsMaterial {

    static final int RENEW_DAYS = 30;
    /** The certificate installed through {@code PUT /api/v1/system/tls}. */
    public static final String INSTALLED = "installed.p12";
    private static final String ALIAS = "parley";
    /** Protects keys only inside in-memory keystores that never reach the disk. */
    private static final char[] IN_MEMORY = "in-memory".toCharArray();

    private final Path tlsFolder;

    public TlsMaterial(Path tlsFolder) {
        this.tlsFolder = tlsFolder;
    }

    /** The certificate as configured; {@code certificateFile} empty means self-signed. */
    public ServerKeystore prepare(String certificateFile, String keyFile, char[] keyPassword, HostIdentity host,
            Instant now) throws IOException, GeneralSecurityException {
        Files.createDirectories(tlsFolder);
        if (certificateFile.isBlank()) {
            ServerKeystore installed = installed();
            return installed != null ? installed : selfSigned(host, now);
        }
        KeyStore admin = load(Path.of(certificateFile), keyFile.isBlank() ? null : Path.of(keyFile), keyPassword);
        return write(admin, "parley.p12", false);
    }

    /** Reads and cross-checks the admin's files without writing anything: for validation before applying. */
    public static KeyStore load(Path certificate, Path key, char[] password) throws IOException, GeneralSecurityException {
        if (!Files.isReadable(certificate)) {
            throw new GeneralSecurityException("certificate file " + certificate + " does not exist or is not readable");
        }
        String name = certificate.getFileName().toString().toLowerCase();
        if (name.endsWith(".p12") || name.endsWith(".pfx")) {
            return pkcs12(certificate, password);
        }
        if (key == null) {
            throw new GeneralSecurityException("a PEM certificate needs its private key: set keyFile");
        }
        if (!Files.isReadable(key)) {
            throw new GeneralSecurityException("key file " + key + " does not exist or is not readable");
        }
        List<X509Certificate> chain = PemFiles.certificates(certificate);
        PrivateKey privateKey = PemFiles.privateKey(key, password);
        KeyMatch.check(chain.get(0), privateKey);
        return keyStore(privateKey, chain.toArray(Certificate[]::new));
    }

    /**
     * Writes an admin's validated key and chain as {@value #INSTALLED} (temporary file renamed over the old one),
     * which {@link #prepare} then serves while no {@code certificateFile} is configured.
     */
    public ServerKeystore install(PrivateKey key, List<X509Certificate> chain) throws IOException,
            GeneralSecurityException {
        Files.createDirectories(tlsFolder);
        return write(keyStore(key, chain.toArray(Certificate[]::new)), INSTALLED, false);
    }

    /** The folder holding the keystores (and the pending key of a certificate request). */
    public Path folder() {
        return tlsFolder;
    }

    /**
     * The installed certificate, or null. Keystore and password are renamed into place one after the other, so a
     * crash between the two leaves a pair that does not open: then the self-signed certificate serves (logged),
     * rather than no HTTPS at all.
     */
    private ServerKeystore installed() {
        try {
            return kept(INSTALLED, false);
        } catch (IOException | GeneralSecurityException e) {
            LoggerFactory.getLogger(TlsMaterial.class).warn("The installed certificate {} cannot be opened ({}); "
                    + "serving the self-signed one: install the certificate again", tlsFolder.resolve(INSTALLED),
                    e.getMessage());
            return null;
        }
    }

    /** A keystore kept under var/lib/tls with its password file beside it, or null when there is none. */
    private ServerKeystore kept(String fileName, boolean selfSigned) throws IOException, GeneralSecurityException {
        Path file = tlsFolder.resolve(fileName);
        Path passwordFile = tlsFolder.resolve(fileName.replace(".p12", ".password"));
        if (!Files.isReadable(file) || !Files.isReadable(passwordFile)) {
            return null;
        }
        String password = Files.readString(passwordFile).trim();
        X509Certificate certificate = (X509Certificate) pkcs12(file, password.toCharArray()).getCertificate(ALIAS);
        return certificate == null ? null : new ServerKeystore(file, password, certificate, selfSigned);
    }

    private ServerKeystore selfSigned(HostIdentity host, Instant now) throws IOException, GeneralSecurityException {
        ServerKeystore kept = kept("self-signed.p12", true);
        if (kept != null && kept.notAfter().isAfter(now.plus(Duration.ofDays(RENEW_DAYS)))) {
            return kept;
        }
        SelfSignedCertificate.Issued issued = SelfSignedCertificate.issue(host, now);
        KeyStore store = keyStore(issued.keyPair().getPrivate(), new Certificate[] {issued.certificate()});
        return write(store, "self-signed.p12", true);
    }

    private ServerKeystore write(KeyStore source, String fileName, boolean selfSigned)
            throws IOException, GeneralSecurityException {
        String password = randomPassword();
        String alias = Collections.list(source.aliases()).stream().filter(a -> isKey(source, a)).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("the keystore holds no private key"));
        PrivateKey key = (PrivateKey) source.getKey(alias, IN_MEMORY);
        KeyStore out = keyStore(key, source.getCertificateChain(alias));
        Path file = tlsFolder.resolve(fileName);
        Path temporary = Files.createTempFile(tlsFolder, fileName, ".tmp", ownerOnly());
        KeyStore onDisk = KeyStore.getInstance("PKCS12");
        onDisk.load(null, null);
        onDisk.setKeyEntry(ALIAS, key, password.toCharArray(), out.getCertificateChain(ALIAS));
        try (OutputStream stream = Files.newOutputStream(temporary)) {
            onDisk.store(stream, password.toCharArray());
        }
        Path passwordFile = tlsFolder.resolve(fileName.replace(".p12", ".password"));
        Path passwordTemporary = Files.createTempFile(tlsFolder, "password", ".tmp", ownerOnly());
        Files.writeString(passwordTemporary, password);
        move(temporary, file);
        move(passwordTemporary, passwordFile);
        return new ServerKeystore(file, password, (X509Certificate) out.getCertificate(ALIAS), selfSigned);
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyStore pkcs12(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream stream = Files.newInputStream(file)) {
            store.load(stream, password);
        } catch (IOException e) {
            throw new GeneralSecurityException(file + ": cannot open the PKCS#12 file: is the key password right?", e);
        }
        // Re-key every entry under one password-less view so callers need not know the original password.
        KeyStore copy = KeyStore.getInstance("PKCS12");
        copy.load(null, null);
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                copy.setKeyEntry(alias, store.getKey(alias, password), IN_MEMORY, store.getCertificateChain(alias));
            }
        }
        return copy;
    }

    private static KeyStore keyStore(PrivateKey key, Certificate[] chain) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, IN_MEMORY, chain);
        return store;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static java.nio.file.attribute.FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

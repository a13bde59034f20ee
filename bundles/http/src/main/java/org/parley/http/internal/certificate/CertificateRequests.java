package org.parley.http.internal.certificate;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.parley.http.internal.tls.PemFiles;

/**
 * Makes a key pair and a certificate signing request on the appliance, so the private key never leaves it. The key
 * stays pending in {@code var/lib/tls/pending-key.pem} (owner-only, like the keystores) until a certificate for it is
 * installed; a new request replaces the pending one.
 *
 * <p>EC P-256 by default: the curve of the self-signed certificate, accepted by every browser and public or
 * enterprise CA, with far cheaper handshakes than RSA at the same (128-bit) strength. {@code RSA} gives a 3072-bit
 * key for CAs or clients that still insist on RSA.
 */
final class CertificateRequests {

    static final String PENDING_KEY = "pending-key.pem";
    static final String PENDING_REQUEST = "pending-request.pem";

    private final Path folder;

    CertificateRequests(Path folder) {
        this.folder = folder;
    }

    /** Generates the key, writes it pending and returns the request as PEM. */
    String create(CertificateSubject subject) throws IOException, GeneralSecurityException {
        KeyPair pair = generate(subject.keyAlgorithm());
        PKCS10CertificationRequest request = request(subject, pair);
        Files.createDirectories(folder);
        String requestPem = pem(request);
        write(PENDING_KEY, pem(new JcaPKCS8Generator(pair.getPrivate(), null)));
        write(PENDING_REQUEST, requestPem);
        return requestPem;
    }

    /** The key of the pending request, if there is one. */
    Optional<PrivateKey> pendingKey() throws IOException, GeneralSecurityException {
        Path file = folder.resolve(PENDING_KEY);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        return Optional.of(PemFiles.privateKey(new StringReader(Files.readString(file)), PENDING_KEY, new char[0]));
    }

    /** The pending request as PEM, if there is one. */
    Optional<String> pendingRequest() throws IOException {
        Path file = folder.resolve(PENDING_REQUEST);
        return Files.isReadable(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }

    /** Forgets the pending key once its certificate is installed. */
    void clear() throws IOException {
        Files.deleteIfExists(folder.resolve(PENDING_REQUEST));
        Files.deleteIfExists(folder.resolve(PENDING_KEY));
    }

    private static KeyPair generate(String algorithm) throws GeneralSecurityException {
        KeyPairGenerator generator;
        if ("RSA".equals(algorithm)) {
            generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
        } else {
            generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        }
        return generator.generateKeyPair();
    }

    private static PKCS10CertificationRequest request(CertificateSubject subject, KeyPair pair)
            throws IOException, GeneralSecurityException {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, subject.commonName());
        addIfSet(name, BCStyle.OU, subject.organizationalUnit());
        addIfSet(name, BCStyle.O, subject.organization());
        addIfSet(name, BCStyle.L, subject.locality());
        addIfSet(name, BCStyle.ST, subject.state());
        addIfSet(name, BCStyle.C, subject.country());
        X500Name x500 = name.build();
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(subject.generalNames()));
        String signature = "RSA".equals(subject.keyAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
        try {
            return new JcaPKCS10CertificationRequestBuilder(x500, pair.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate())
                    .build(new JcaContentSignerBuilder(signature).build(pair.getPrivate()));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the certificate request: " + e.getMessage(), e);
        }
    }

    private static void addIfSet(X500NameBuilder name, org.bouncycastle.asn1.ASN1ObjectIdentifier type, String value) {
        if (value != null && !value.isBlank()) {
            name.addRDN(type, value.trim());
        }
    }

    private static String pem(Object item) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(item);
        }
        return text.toString();
    }

    private void write(String name, String text) throws IOException {
        Path temporary = Files.createTempFile(folder, name, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, text);
        try {
            Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

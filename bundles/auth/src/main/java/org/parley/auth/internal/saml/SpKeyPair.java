package org.parley.auth.internal.saml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.parley.auth.internal.core.FirstRun;

/**
 * One SP key pair (signing or encryption) with its self-signed certificate, kept as PEM files {@code <name>.key}
 * (0600) and {@code <name>.crt}: RSA 3072, valid ten years, made on first use and never replaced by Parley.
 */
public record SpKeyPair(PrivateKey key, X509Certificate certificate) {

    private static final int RSA_BITS = 3072;
    private static final Duration VALIDITY = Duration.ofDays(3650);

    /** The pair in {@code dir}, created (with a certificate for {@code CN=<commonName>}) when absent. */
    static SpKeyPair loadOrCreate(Path dir, String name, String commonName, Instant now) {
        Path keyFile = dir.resolve(name + ".key");
        Path certFile = dir.resolve(name + ".crt");
        try {
            if (!Files.exists(keyFile) || !Files.exists(certFile)) {
                SpKeyPair created = generate(commonName, now);
                Files.writeString(certFile, pem("CERTIFICATE", created.certificate.getEncoded()));
                FirstRun.writeSecretFile(keyFile, pem("PRIVATE KEY", created.key.getEncoded()).strip());
                return created;
            }
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(unpem(Files.readString(keyFile))));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(Files.newInputStream(certFile));
            return new SpKeyPair(key, certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the SAML key " + keyFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The SAML key " + keyFile + " or its certificate is unusable: "
                    + e.getMessage(), e);
        }
    }

    static SpKeyPair generate(String commonName, Instant now) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(RSA_BITS, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + commonName.replaceAll("[,+=\"\\\\<>;]", "_"));
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SpKeyPair(pair.getPrivate(), certificate);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign the SP certificate", e);
        }
    }

    /** The certificate's DER in Base64, one line. */
    public String certificateBase64() {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}

package org.parley.testing.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs jars the way {@code jarsigner} does, for tests of the signed bundle upload: a signer is an EC P-256 key with
 * a self-signed certificate (its PEM goes into {@code trustedSigners} of {@code org.parley.system.Deploy}), and
 * {@link #sign} writes a signed copy of a jar with the JDK's {@code jdk.security.jarsigner.JarSigner} API.
 * Callers need bcpkix and bcprov on their test class path.
 */
public final class JarSigning {

    private JarSigning() {
    }

    /** A signing key and its certificate. */
    public record Signer(PrivateKey key, X509Certificate certificate) {

        /** The certificate as PEM, for {@code trustedSigners}. */
        public String certificatePem() {
            try {
                return "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----\n";
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A new signer named {@code CN=commonName}, valid from an hour ago for a year. */
    public static Signer newSigner(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName);
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(365))), name,
                    pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new Signer(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("cannot make a test signer", e);
        }
    }

    /** Writes {@code target}, a copy of {@code jar} signed by the signer (SHA-256 digests). */
    public static Path sign(Path jar, Path target, Signer signer) throws IOException {
        try {
            var path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(signer.certificate()));
            JarSigner jarSigner = new JarSigner.Builder(signer.key(), path).digestAlgorithm("SHA-256")
                    .signatureAlgorithm("SHA256withECDSA").signerName("PARLEY").build();
            try (ZipFile in = new ZipFile(jar.toFile()); OutputStream out = Files.newOutputStream(target)) {
                jarSigner.sign(in, out);
            }
            return target;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot sign " + jar + ": " + e.getMessage(), e);
        }
    }
}

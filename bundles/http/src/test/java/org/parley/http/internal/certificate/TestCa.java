package org.parley.http.internal.certificate;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/** A test certificate authority made with BouncyCastle: a root that issues server certificates. */
final class TestCa {

    final KeyPair keys = TestCa.ecKeys();
    final X509Certificate certificate;

    TestCa(String name) throws Exception {
        certificate = sign(new X500Name("CN=" + name), keys.getPublic(), new X500Name("CN=" + name),
                keys.getPrivate(), Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(900)),
                true, List.of());
    }

    X509Certificate issue(String host, PublicKey key, Instant from, Instant to) throws Exception {
        return sign(new X500Name("CN=" + host), key, new X500Name(certificate.getSubjectX500Principal().getName()),
                keys.getPrivate(), from, to, false, List.of(host));
    }

    X509Certificate issue(String host, PublicKey key) throws Exception {
        return issue(host, key, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(90)));
    }

    /** Signs a PEM certificate request as the CA would, copying its subject and key. */
    X509Certificate sign(String csrPem, String host) throws Exception {
        try (var parser = new org.bouncycastle.openssl.PEMParser(new java.io.StringReader(csrPem))) {
            PKCS10CertificationRequest request = (PKCS10CertificationRequest) parser.readObject();
            return issue(host, new JcaPKCS10CertificationRequest(request).getPublicKey());
        }
    }

    static X509Certificate sign(X500Name subject, PublicKey key, X500Name issuer, PrivateKey signer, Instant from,
            Instant to, boolean ca, List<String> names) throws Exception {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                new BigInteger(64, new SecureRandom()), Date.from(from), Date.from(to), subject, key);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (!names.isEmpty()) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.stream()
                    .map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new)));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
    }

    static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(Object... items) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object item : items) {
                // Keys as PKCS#8 (BEGIN PRIVATE KEY), what openssl writes by default.
                writer.writeObject(item instanceof PrivateKey key ? new JcaPKCS8Generator(key, null) : item);
            }
        }
        return text.toString();
    }

    static String encryptedPem(PrivateKey key, String password) throws Exception {
        var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()).setPassword(password.toCharArray()).build();
        return pem(new JcaPKCS8Generator(key, encryptor));
    }
}

package org.parley.auth.internal.ldap;

import com.unboundid.asn1.ASN1Boolean;
import com.unboundid.asn1.ASN1Element;
import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.asn1.ASN1Sequence;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.util.OID;
import com.unboundid.util.ssl.cert.SignatureAlgorithmIdentifier;
import com.unboundid.util.ssl.cert.X509Certificate;
import com.unboundid.util.ssl.cert.X509CertificateExtension;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A test CA and server certificates it signs, made with the UnboundID SDK's certificate classes (no BouncyCastle
 * PKIX needed): the CA carries basic constraints, each server certificate its subject alternative names.
 */
final class TestCertificates {

    private static final OID BASIC_CONSTRAINTS = new OID("2.5.29.19");
    private static final OID SUBJECT_ALT_NAME = new OID("2.5.29.17");
    private static final byte DNS_NAME_TAG = (byte) 0x82;
    private static final byte IP_ADDRESS_TAG = (byte) 0x87;
    private static final long DAY = 86_400_000L;
    private static final char[] KEY_PASSWORD = "test-only".toCharArray();

    final X509Certificate ca;
    private final KeyPair caKeys;

    /** A new CA with this subject, e.g. {@code CN=Parley Test CA,O=Example}. */
    TestCertificates(String subject) throws Exception {
        caKeys = rsa();
        long now = System.currentTimeMillis();
        ca = X509Certificate.generateSelfSignedCertificate(SignatureAlgorithmIdentifier.SHA_256_WITH_RSA, caKeys,
                new DN(subject), now - DAY, now + 30 * DAY, new X509CertificateExtension(BASIC_CONSTRAINTS, true,
                        new ASN1Sequence(new ASN1Boolean(true)).encode()));
    }

    String caPem() {
        return ca.toPEMString();
    }

    /** A server TLS context whose certificate (signed by this CA) names these hosts: DNS names or IP literals. */
    SSLContext serverContext(String... names) throws Exception {
        KeyPair keys = rsa();
        long now = System.currentTimeMillis();
        DN subject = new DN("CN=" + names[0]);
        X509Certificate own = X509Certificate.generateSelfSignedCertificate(
                SignatureAlgorithmIdentifier.SHA_256_WITH_RSA, keys, subject, now - DAY, now + 30 * DAY);
        X509Certificate signed = X509Certificate.generateIssuerSignedCertificate(
                SignatureAlgorithmIdentifier.SHA_256_WITH_RSA, ca, caKeys.getPrivate(), own.getPublicKeyAlgorithmOID(),
                own.getPublicKeyAlgorithmParameters(), own.getEncodedPublicKey(), own.getDecodedPublicKey(), subject,
                now - DAY, now + 30 * DAY, new X509CertificateExtension(SUBJECT_ALT_NAME, false,
                        alternativeNames(names)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", keys.getPrivate(), KEY_PASSWORD,
                new Certificate[] {signed.toCertificate(), ca.toCertificate()});
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, KEY_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    private static byte[] alternativeNames(String... names) throws Exception {
        List<ASN1Element> elements = new ArrayList<>();
        for (String name : names) {
            boolean ip = Character.isDigit(name.charAt(0));
            elements.add(ip ? new ASN1OctetString(IP_ADDRESS_TAG, InetAddress.getByName(name).getAddress())
                    : new ASN1OctetString(DNS_NAME_TAG, name));
        }
        return new ASN1Sequence(elements).encode();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}

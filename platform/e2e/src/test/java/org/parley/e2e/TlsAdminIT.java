package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The certificate REST on an appliance of its own (the HTTPS listener restarts): a key and CSR made on the appliance,
 * signed by a test CA, uploaded without a key, and then presented by a new TLS handshake (same SHA-256 fingerprint);
 * an upload whose key does not match gets 422 with the reason and the served certificate stays.
 */
class TlsAdminIT {

    @RegisterExtension
    static final OwnAppliance PARLEY = new OwnAppliance();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCertificateForTheAppliancesOwnRequestIsServedAndAMismatchedKeyChangesNothing() throws Exception {
        Appliance parley = PARLEY.get();
        Api admin = parley.admin();
        JsonNode before = Accounts.expect(200, admin.get("/api/v1/system/tls")).json();
        assertEquals("self-signed", before.path("source").asText(), before::toString);
        assertEquals(before.path("certificate").path("sha256").asText(), servedFingerprint(parley));

        JsonNode request = Accounts.expect(200, admin.post("/api/v1/system/tls/csr", JSON.writeValueAsString(Map.of(
                "commonName", "localhost", "subjectAltNames", new String[] {"127.0.0.1"},
                "organization", "Parley e2e")))).json();
        assertEquals("EC", request.path("keyAlgorithm").asText());
        KeyPair ca = ecKeys();
        X509Certificate caCertificate = issue("CN=Parley e2e CA", ca.getPublic(), "CN=Parley e2e CA", ca, true);
        X509Certificate issued = issue("CN=localhost", csrKey(request.path("csr").asText()), "CN=Parley e2e CA", ca,
                false);

        Reply installed = admin.send("/api/v1/system/tls", "PUT", JSON.writeValueAsString(Map.of(
                "certificate", pem(issued, caCertificate))), "application/json");
        assertEquals(200, installed.status(), installed::toString);
        String fingerprint = installed.json().path("certificate").path("sha256").asText();
        assertEquals(2, installed.json().path("certificate").path("chainLength").asInt());
        long installedAt = System.nanoTime();
        Await.until("a new handshake presents the new certificate", Duration.ofSeconds(30),
                () -> fingerprint.equals(servedFingerprint(parley)));
        // A figure for the report, never asserted: the listener restart Felix HTTP needs for a new keystore.
        System.out.printf("[tls] new certificate presented %d ms after the PUT answered%n",
                (System.nanoTime() - installedAt) / 1_000_000);
        Await.until("the API answers again", () -> parley.admin().get("/api/v1/system/tls").status() == 200);
        JsonNode after = parley.admin().get("/api/v1/system/tls").json();
        assertEquals("installed", after.path("source").asText(), after::toString);
        assertFalse(after.path("requestPending").asBoolean(), "the pending key was used");
        JsonNode change = Accounts.audit(parley, "tls.change", "https").stream()
                .filter(r -> "SUCCESS".equals(r.path("outcome").asText())).findFirst().orElseThrow();
        assertEquals(before.path("certificate").path("sha256").asText(), change.path("details").path("before").asText());
        assertEquals(fingerprint, change.path("details").path("after").asText());

        Reply mismatched = parley.admin().send("/api/v1/system/tls", "PUT", JSON.writeValueAsString(Map.of(
                "certificate", pem(issued, caCertificate), "privateKey", pem(new JcaPKCS8Generator(
                        ecKeys().getPrivate(), null)))), "application/json");
        assertEquals(422, mismatched.status(), mismatched::toString);
        assertTrue(mismatched.json().path("detail").asText().contains("the private key does not match the certificate"),
                mismatched::toString);
        assertEquals(fingerprint, servedFingerprint(parley), "the served certificate is unchanged");
    }

    /** SHA-256 of the certificate a fresh TLS handshake presents, as the REST shows fingerprints. */
    private static String servedFingerprint(Appliance parley) {
        try {
            try (SSLSocket socket = (SSLSocket) Api.trustingContext().getSocketFactory().createSocket("127.0.0.1",
                    parley.httpsPort())) {
                socket.startHandshake();
                byte[] der = socket.getSession().getPeerCertificates()[0].getEncoded();
                return HexFormat.ofDelimiter(":").withUpperCase().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(der));
            }
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static PublicKey csrKey(String pem) throws Exception {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            return new JcaPKCS10CertificationRequest((PKCS10CertificationRequest) parser.readObject()).getPublicKey();
        }
    }

    /** The test CA's signature; the server certificate names localhost and 127.0.0.1 (Jetty checks the SNI host). */
    private static X509Certificate issue(String subject, PublicKey key, String issuer, KeyPair signer, boolean ca)
            throws Exception {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))),
                new X500Name(subject), key);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (!ca) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String pem(Object... items) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object item : items) {
                writer.writeObject(item);
            }
        }
        return text.toString();
    }
}

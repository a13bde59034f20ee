package org.parley.testing.saml;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.Deflater;

/**
 * An IdP-initiated {@code LogoutRequest} in the HTTP-Redirect binding (SAML Bindings 3.4): the query string to append
 * to the SP's single logout URL, signed with RSA-SHA256 over {@code SAMLRequest=..&SigAlg=..} when a signer is given.
 */
public final class LogoutRequestForge {

    private static final String RSA_SHA256 = SignatureAlgorithm.RSA_SHA256.signatureUri;

    private LogoutRequestForge() {
    }

    /**
     * @param sessionIndex the IdP session to end, or null for all sessions of the NameID
     * @param signer       null sends it unsigned
     */
    public static String query(String issuer, String destination, String nameId, String sessionIndex,
            Credential signer, Instant issued) {
        String xml = "<samlp:LogoutRequest xmlns:samlp=\"" + Saml.PROTOCOL + "\" xmlns:saml=\"" + Saml.ASSERTION
                + "\" ID=\"_lr" + UUID.randomUUID().toString().replace("-", "") + "\" Version=\"2.0\" IssueInstant=\""
                + issued.truncatedTo(ChronoUnit.SECONDS) + "\" Destination=\"" + destination + "\"><saml:Issuer>"
                + issuer + "</saml:Issuer><saml:NameID Format=\"" + Saml.UNSPECIFIED + "\">" + nameId
                + "</saml:NameID>" + (sessionIndex == null ? "" : "<samlp:SessionIndex>" + sessionIndex
                + "</samlp:SessionIndex>") + "</samlp:LogoutRequest>";
        String query = "SAMLRequest=" + encode(deflate(xml));
        if (signer == null) {
            return query;
        }
        query += "&SigAlg=" + encode(RSA_SHA256);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signer.key());
            signature.update(query.getBytes(StandardCharsets.UTF_8));
            return query + "&Signature=" + encode(Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the forged LogoutRequest", e);
        }
    }

    private static String deflate(String xml) {
        Deflater deflater = new Deflater(Deflater.DEFLATED, true);
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

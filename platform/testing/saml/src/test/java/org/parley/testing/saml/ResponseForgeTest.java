package org.parley.testing.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The forge's own signatures verify with the JDK's validator, and tampering breaks exactly what it should. */
class ResponseForgeTest {

    private static final Credential IDP = Credential.generate("test-idp");
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void signsAssertionAndResponseVerifiably() throws Exception {
        Document document = new ResponseForge(NOW).signAssertion(IDP, SignatureAlgorithm.RSA_SHA256)
                .signResponse(IDP, SignatureAlgorithm.RSA_SHA1).document();
        Element response = document.getDocumentElement();
        Element assertion = Xml.child(response, Saml.ASSERTION, "Assertion");
        assertTrue(verify(response));
        assertTrue(verify(assertion));
    }

    @Test
    void changedNameIdBreaksTheSignatureButAnInjectedCommentDoesNot() throws Exception {
        Document changed = new ResponseForge(NOW).nameId("alice@x.evil").signAssertion(IDP,
                SignatureAlgorithm.RSA_SHA256).tamper(Tampers.replaceNameId("admin")).document();
        assertFalse(verify(Xml.first(changed, Saml.ASSERTION, "Assertion")));

        Document commented = new ResponseForge(NOW).nameId("alice@x.evil").signAssertion(IDP,
                SignatureAlgorithm.RSA_SHA256).tamper(Tampers.commentInNameId(7)).document();
        assertTrue(verify(Xml.first(commented, Saml.ASSERTION, "Assertion")));
        assertEquals("alice@x", Xml.first(commented, Saml.ASSERTION, "NameID").getFirstChild().getNodeValue());
    }

    @Test
    void encryptsTheAssertion() {
        Credential sp = Credential.generate("test-sp");
        String xml = new ResponseForge(NOW).signAssertion(IDP, SignatureAlgorithm.RSA_SHA256)
                .encryptFor(sp.certificate()).xml();
        assertTrue(xml.contains("EncryptedAssertion"));
        assertFalse(xml.contains("alice"));
    }

    private static boolean verify(Element signed) throws Exception {
        signed.setIdAttributeNS(null, "ID", true);
        Element signature = Xml.child(signed, Saml.DSIG, "Signature");
        DOMValidateContext context = new DOMValidateContext(IDP.certificate().getPublicKey(), signature);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
    }
}

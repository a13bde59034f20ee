package org.parley.testing.saml;

import java.security.GeneralSecurityException;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Element;

/**
 * Enveloped XML signatures the way SAML IdPs make them (exclusive c14n, a reference to the element's {@code ID}, the
 * signature right after {@code Issuer}, the certificate in {@code KeyInfo}), with the JDK's own XML Signature API.
 */
final class XmlSigner {

    private XmlSigner() {
    }

    static void sign(Element element, Credential credential, SignatureAlgorithm algorithm) {
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            String id = element.getAttribute("ID");
            element.setIdAttributeNS(null, "ID", true);
            Reference reference = factory.newReference("#" + id, factory.newDigestMethod(algorithm.digestUri, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(algorithm.signatureUri, null), List.of(reference));
            KeyInfoFactory keys = factory.getKeyInfoFactory();
            var keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(credential.certificate()))));
            Element issuer = Xml.child(element, Saml.ASSERTION, "Issuer");
            DOMSignContext context = issuer == null || issuer.getNextSibling() == null
                    ? new DOMSignContext(credential.key(), element)
                    : new DOMSignContext(credential.key(), element, issuer.getNextSibling());
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("Could not sign the forged " + element.getLocalName(), e);
        }
    }
}

package org.parley.auth.internal.saml;

import com.onelogin.saml2.util.Util;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.xpath.XPathExpressionException;
import org.parley.api.rest.ProblemException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What this SP needs from an IdP's metadata: entityID, HTTP-Redirect single sign-on (and logout) URLs, signing
 * certificates (several during a key rollover). Read with XPath on java-saml's hardened XML loader (no DOCTYPE, no
 * entities) rather than java-saml's IdPMetadataParser, which takes an encryption-only key as the IdP certificate and
 * falls back to any binding when HTTP-Redirect is missing. Anything unusable is a 422 naming what is wrong.
 */
public record IdpMetadata(String entityId, String ssoUrl, String sloUrl, List<String> certificates) {

    private static final String IDP_ROLES = "//md:EntityDescriptor/md:IDPSSODescriptor";
    /** A KeyDescriptor without {@code use} holds a key for both signing and encryption (SAML metadata 2.4.1.1). */
    private static final String SIGNING_CERTIFICATES = "./md:KeyDescriptor[not(@use) or normalize-space(@use)="
            + "'signing']/ds:KeyInfo/ds:X509Data/ds:X509Certificate";
    private static final String BINDINGS = "urn:oasis:names:tc:SAML:2.0:bindings:";

    public static IdpMetadata parse(String xml) {
        Document document = xml == null || xml.isBlank() ? null : Util.loadXML(xml);
        if (document == null) {
            throw unusable("it is not well-formed XML (a DOCTYPE or entity is refused)");
        }
        try {
            Element idp = onlyIdpRole(document);
            String entityId = ((Element) idp.getParentNode()).getAttribute("entityID").strip();
            if (entityId.isEmpty()) {
                throw unusable("its IDPSSODescriptor's EntityDescriptor has no entityID");
            }
            String sso = redirectLocation(document, idp, "SingleSignOnService");
            if (sso.isEmpty()) {
                throw unusable(noRedirectSso(document, idp));
            }
            return new IdpMetadata(entityId, sso, redirectLocation(document, idp, "SingleLogoutService"),
                    signingCertificates(document, idp));
        } catch (XPathExpressionException e) {
            throw unusable("it could not be read: " + e.getMessage());
        }
    }

    private static Element onlyIdpRole(Document document) throws XPathExpressionException {
        NodeList roles = Util.query(document, IDP_ROLES);
        if (roles.getLength() == 0) {
            throw unusable("it has no IDPSSODescriptor (is it the metadata of a service provider?)");
        }
        if (roles.getLength() > 1) {
            List<String> entityIds = new ArrayList<>();
            for (int i = 0; i < roles.getLength(); i++) {
                entityIds.add(((Element) roles.item(i).getParentNode()).getAttribute("entityID"));
            }
            throw unusable("it describes " + roles.getLength() + " IdPs (" + String.join(", ", entityIds)
                    + "); give the metadata of the one to use");
        }
        return (Element) roles.item(0);
    }

    /** The Location of the first HTTP-Redirect service of that kind; empty when there is none. */
    private static String redirectLocation(Document document, Element idp, String service)
            throws XPathExpressionException {
        NodeList services = Util.query(document, "./md:" + service + "[@Binding='" + SamlNames.REDIRECT + "']", idp);
        if (services.getLength() == 0) {
            return "";
        }
        String location = ((Element) services.item(0)).getAttribute("Location").strip();
        if (!location.startsWith("https://") && !location.startsWith("http://")) {
            throw unusable("its HTTP-Redirect " + service + " has no http(s) Location");
        }
        return location;
    }

    private static String noRedirectSso(Document document, Element idp) throws XPathExpressionException {
        NodeList services = Util.query(document, "./md:SingleSignOnService", idp);
        if (services.getLength() == 0) {
            return "it has no SingleSignOnService";
        }
        Set<String> bindings = new LinkedHashSet<>();
        for (int i = 0; i < services.getLength(); i++) {
            bindings.add(((Element) services.item(i)).getAttribute("Binding").replace(BINDINGS, ""));
        }
        return "its SingleSignOnService offers only the " + String.join(", ", bindings)
                + (bindings.size() == 1 ? " binding" : " bindings")
                + "; Parley sends the AuthnRequest by HTTP-Redirect: enable that binding at the IdP";
    }

    /** Base64 DER without whitespace (metadata often wraps it), each checked to be a certificate, in order. */
    private static List<String> signingCertificates(Document document, Element idp)
            throws XPathExpressionException {
        NodeList nodes = Util.query(document, SIGNING_CERTIFICATES, idp);
        Set<String> certificates = new LinkedHashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            certificates.add(checkedCertificate(nodes.item(i), i + 1));
        }
        if (certificates.isEmpty()) {
            throw unusable("it has no signing certificate (a KeyDescriptor with use=\"signing\" or without use)");
        }
        return List.copyOf(certificates);
    }

    private static String checkedCertificate(Node node, int number) {
        String base64 = node.getTextContent().replaceAll("\\s", "");
        try {
            CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
            return base64;
        } catch (IllegalArgumentException | CertificateException e) {
            throw unusable("its signing certificate " + number + " is not an X.509 certificate");
        }
    }

    private static ProblemException unusable(String why) {
        return new ProblemException(422, "Unusable IdP metadata", "The IdP metadata cannot be used: " + why + ".",
                "metadataXml");
    }
}

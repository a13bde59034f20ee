package org.parley.testing.saml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** IdP metadata ({@code md:EntityDescriptor} with one IDPSSODescriptor) for a test IdP, to register it with an SP. */
public final class IdpMetadataForge {

    private IdpMetadataForge() {
    }

    /**
     * @param entityId    the IdP's entityID (the Issuer of its responses)
     * @param ssoUrl      its SingleSignOnService (HTTP-Redirect)
     * @param sloUrl      its SingleLogoutService (HTTP-Redirect), or null
     * @param signingKeys the certificates it signs with (several during a key rollover)
     */
    public static String xml(String entityId, String ssoUrl, String sloUrl, Credential... signingKeys) {
        Document document = Xml.newDocument();
        Element entity = document.createElementNS(Saml.METADATA, "md:EntityDescriptor");
        entity.setAttribute("entityID", entityId);
        document.appendChild(entity);
        Element idp = document.createElementNS(Saml.METADATA, "md:IDPSSODescriptor");
        idp.setAttribute("protocolSupportEnumeration", Saml.PROTOCOL);
        entity.appendChild(idp);
        for (Credential key : signingKeys) {
            Element descriptor = document.createElementNS(Saml.METADATA, "md:KeyDescriptor");
            descriptor.setAttribute("use", "signing");
            Element keyInfo = document.createElementNS(Saml.DSIG, "ds:KeyInfo");
            Element data = document.createElementNS(Saml.DSIG, "ds:X509Data");
            Element certificate = document.createElementNS(Saml.DSIG, "ds:X509Certificate");
            certificate.setTextContent(key.certificateBase64());
            data.appendChild(certificate);
            keyInfo.appendChild(data);
            descriptor.appendChild(keyInfo);
            idp.appendChild(descriptor);
        }
        if (sloUrl != null) {
            idp.appendChild(service(document, "md:SingleLogoutService", sloUrl));
        }
        Element format = document.createElementNS(Saml.METADATA, "md:NameIDFormat");
        format.setTextContent(Saml.UNSPECIFIED);
        idp.appendChild(format);
        idp.appendChild(service(document, "md:SingleSignOnService", ssoUrl));
        return Xml.text(document);
    }

    private static Element service(Document document, String name, String location) {
        Element service = document.createElementNS(Saml.METADATA, name);
        service.setAttribute("Binding", Saml.REDIRECT);
        service.setAttribute("Location", location);
        return service;
    }
}

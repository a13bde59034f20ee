package org.parley.auth.internal.saml;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SP's metadata ({@code GET /saml/metadata}): entityID, the signing and the encryption certificate (two keys,
 * which java-saml's own metadata writer cannot express), the HTTP-POST assertion consumer and the HTTP-Redirect
 * single logout service. IdP administrators import it as it is.
 */
final class SpMetadata {

    private SpMetadata() {
    }

    static String xml(SpIdentity identity, SamlSettings.Options options) {
        Document document = newDocument();
        Element entity = document.createElementNS(SamlNames.METADATA, "md:EntityDescriptor");
        entity.setAttribute("entityID", identity.entityId());
        document.appendChild(entity);
        Element sp = document.createElementNS(SamlNames.METADATA, "md:SPSSODescriptor");
        sp.setAttribute("AuthnRequestsSigned", Boolean.toString(options.signAuthnRequests()));
        sp.setAttribute("WantAssertionsSigned", "true");
        sp.setAttribute("protocolSupportEnumeration", SamlNames.PROTOCOL);
        entity.appendChild(sp);
        sp.appendChild(key(document, "signing", identity.signing()));
        sp.appendChild(key(document, "encryption", identity.encryption()));
        sp.appendChild(service(document, "md:SingleLogoutService", SamlNames.REDIRECT, options.sloUrl()));
        Element format = document.createElementNS(SamlNames.METADATA, "md:NameIDFormat");
        format.setTextContent(SamlNames.UNSPECIFIED);
        sp.appendChild(format);
        Element acs = service(document, "md:AssertionConsumerService", SamlNames.POST, options.acsUrl());
        acs.setAttribute("index", "0");
        acs.setAttribute("isDefault", "true");
        sp.appendChild(acs);
        return text(document);
    }

    private static Element key(Document document, String use, SpKeyPair pair) {
        Element descriptor = document.createElementNS(SamlNames.METADATA, "md:KeyDescriptor");
        descriptor.setAttribute("use", use);
        Element keyInfo = document.createElementNS(SamlNames.DSIG, "ds:KeyInfo");
        Element data = document.createElementNS(SamlNames.DSIG, "ds:X509Data");
        Element certificate = document.createElementNS(SamlNames.DSIG, "ds:X509Certificate");
        certificate.setTextContent(pair.certificateBase64());
        data.appendChild(certificate);
        keyInfo.appendChild(data);
        descriptor.appendChild(keyInfo);
        return descriptor;
    }

    private static Element service(Document document, String name, String binding, String location) {
        Element service = document.createElementNS(SamlNames.METADATA, name);
        service.setAttribute("Binding", binding);
        service.setAttribute("Location", location);
        return service;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            StringWriter out = new StringWriter();
            factory.newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the SP metadata", e);
        }
    }
}

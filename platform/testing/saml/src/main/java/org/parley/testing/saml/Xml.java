package org.parley.testing.saml;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** DOM helpers of the forge: new documents, element lookup, serialising, the HTTP-POST binding's Base64. */
public final class Xml {

    private Xml() {
    }

    /** The document as text, without an XML declaration, exactly as signed (no re-indenting). */
    public static String text(Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not serialise the forged document", e);
        }
    }

    /** {@code SAMLResponse} as the HTTP-POST binding carries it: Base64 of the UTF-8 bytes. */
    public static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The XML with a document type declaration in front, e.g.
     * {@code withDoctype(xml, "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")} (XXE attempts).
     */
    public static String withDoctype(String xml, String doctype) {
        return doctype + xml;
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first element of that name anywhere below (or at) the root. */
    static Element first(Document document, String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        if (nodes.getLength() == 0) {
            throw new IllegalStateException("The forged document has no " + localName);
        }
        return (Element) nodes.item(0);
    }

    /** The first child element of that name, or null. */
    static Element child(Element parent, String namespace, String localName) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && localName.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }
}

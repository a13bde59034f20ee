package org.parley.auth.internal.saml;

import com.onelogin.saml2.settings.IdPMetadataParser;
import com.onelogin.saml2.settings.SettingsBuilder;
import com.onelogin.saml2.util.Util;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPathException;
import org.parley.api.rest.ProblemException;
import org.w3c.dom.Document;

/**
 * What this SP needs from an IdP's metadata: entityID, HTTP-Redirect single sign-on (and logout) URLs, signing
 * certificates (several during a key rollover). Parsed with java-saml's parser on its hardened XML loader (no DOCTYPE,
 * no entities); anything unusable is a 422 naming what is missing.
 */
public record IdpMetadata(String entityId, String ssoUrl, String sloUrl, List<String> certificates) {

    private static final String MULTI_CERT = SettingsBuilder.IDP_X509CERTMULTI_PROPERTY_KEY + ".";

    public static IdpMetadata parse(String xml) {
        Document document = xml == null || xml.isBlank() ? null : Util.loadXML(xml);
        if (document == null) {
            throw unusable("it is not well-formed XML (a DOCTYPE or entity is refused)");
        }
        Map<String, Object> values;
        try {
            values = IdPMetadataParser.parseXML(document);
        } catch (XPathException e) {
            throw unusable("it could not be read: " + e.getMessage());
        }
        String entityId = string(values, SettingsBuilder.IDP_ENTITYID_PROPERTY_KEY);
        String sso = string(values, SettingsBuilder.IDP_SINGLE_SIGN_ON_SERVICE_URL_PROPERTY_KEY);
        if (entityId.isEmpty()) {
            throw unusable("it has no IDPSSODescriptor with an entityID");
        }
        if (!sso.startsWith("https://") && !sso.startsWith("http://")) {
            throw unusable("it has no SingleSignOnService with the HTTP-Redirect binding");
        }
        List<String> certificates = new ArrayList<>();
        String single = string(values, SettingsBuilder.IDP_X509CERT_PROPERTY_KEY);
        if (!single.isEmpty()) {
            certificates.add(single);
        }
        for (int i = 0; values.containsKey(MULTI_CERT + i); i++) {
            String certificate = string(values, MULTI_CERT + i);
            if (!certificates.contains(certificate)) {
                certificates.add(certificate);
            }
        }
        if (certificates.isEmpty()) {
            throw unusable("it has no signing certificate (KeyDescriptor use=\"signing\")");
        }
        return new IdpMetadata(entityId, sso, string(values, SettingsBuilder.IDP_SINGLE_LOGOUT_SERVICE_URL_PROPERTY_KEY),
                List.copyOf(certificates));
    }

    private static String string(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? "" : value.toString().strip();
    }

    private static ProblemException unusable(String why) {
        return new ProblemException(422, "Unusable IdP metadata", "The IdP metadata cannot be used: " + why + ".",
                "metadataXml");
    }
}

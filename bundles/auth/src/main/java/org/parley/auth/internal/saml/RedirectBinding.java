package org.parley.auth.internal.saml;

import com.onelogin.saml2.util.Util;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;

/**
 * The HTTP-Redirect binding (SAML Bindings 3.4): the deflated, Base64 message in the query, signed over
 * {@code SAMLRequest|SAMLResponse=..&RelayState=..&SigAlg=..} with RSA-SHA256 when a key is given (section 3.4.4.1).
 */
final class RedirectBinding {

    private RedirectBinding() {
    }

    /**
     * @param parameter    {@code SAMLRequest} or {@code SAMLResponse}
     * @param encoded      the message, deflated and Base64 (java-saml's {@code getEncoded...()})
     * @param relayState   or null
     * @param signingKey   the SP signing key, or null to send it unsigned
     */
    static String url(String endpoint, String parameter, String encoded, String relayState, PrivateKey signingKey) {
        StringBuilder query = new StringBuilder(parameter).append('=').append(encode(encoded));
        if (relayState != null) {
            query.append("&RelayState=").append(encode(relayState));
        }
        if (signingKey != null) {
            query.append("&SigAlg=").append(encode(SamlNames.RSA_SHA256));
            try {
                byte[] signature = Util.sign(query.toString(), signingKey, SamlNames.RSA_SHA256);
                query.append("&Signature=").append(encode(Util.base64encoder(signature)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot sign the SAML message with the SP key", e);
            }
        }
        return endpoint + (endpoint.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

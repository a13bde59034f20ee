package org.parley.auth.internal.saml;

/** SAML 2.0 namespaces, bindings and formats this SP writes. */
final class SamlNames {
    static final String METADATA = "urn:oasis:names:tc:SAML:2.0:metadata";
    static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final String REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
    static final String POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
    static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
    static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    private SamlNames() {
    }
}

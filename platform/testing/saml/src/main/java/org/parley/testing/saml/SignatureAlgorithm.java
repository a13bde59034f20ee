package org.parley.testing.saml;

import javax.xml.crypto.dsig.DigestMethod;

/** The signature algorithms the forge signs with: the current one and the deprecated SHA-1 one. */
public enum SignatureAlgorithm {
    RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", DigestMethod.SHA256),
    RSA_SHA1("http://www.w3.org/2000/09/xmldsig#rsa-sha1", DigestMethod.SHA1);

    final String signatureUri;
    final String digestUri;

    SignatureAlgorithm(String signatureUri, String digestUri) {
        this.signatureUri = signatureUri;
        this.digestUri = digestUri;
    }
}

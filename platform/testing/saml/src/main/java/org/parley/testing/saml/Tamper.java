package org.parley.testing.saml;

import org.w3c.dom.Document;

/** A rewrite of a forged response after it was signed: what an attacker does between the IdP and the SP. */
@FunctionalInterface
public interface Tamper {
    void apply(Document response);
}

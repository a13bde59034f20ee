/**
 * SAML 2.0 service provider: SP identity and metadata, IdP registry, SP-initiated sign-in (HTTP-Redirect
 * AuthnRequest, HTTP-POST response), the assertion consumer built on OneLogin java-saml (signatures, XSW, timing,
 * audience and recipient checks), replay and request-state tables, and single logout in both directions.
 */
package org.parley.auth.internal.saml;

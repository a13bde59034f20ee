/**
 * The SAML forge: builds, signs, encrypts and tampers with SAML 2.0 responses for tests, so a service provider can be
 * fed exactly the message an attacker would send (XML signature wrapping, comment injection, replay, wrong audience,
 * DOCTYPE, SHA-1). Test-only: never part of the appliance. Entry points: {@link org.parley.testing.saml.Credential},
 * {@link org.parley.testing.saml.ResponseForge}, {@link org.parley.testing.saml.Tampers},
 * {@link org.parley.testing.saml.IdpMetadataForge}.
 */
package org.parley.testing.saml;

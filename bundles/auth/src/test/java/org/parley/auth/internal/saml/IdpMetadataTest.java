package org.parley.auth.internal.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.rest.ProblemException;
import org.parley.testing.saml.Credential;
import org.parley.testing.saml.IdpMetadataForge;

/** IdP metadata: what is read from it, and 422 naming what is missing. */
class IdpMetadataTest {

    private static final Credential OLD = Credential.generate("old");
    private static final Credential NEW = Credential.generate("new");

    @Test
    void readsEntityIdUrlsAndEveryRolloverCertificate() {
        IdpMetadata metadata = IdpMetadata.parse(IdpMetadataForge.xml("https://idp/md", "https://idp/sso",
                "https://idp/slo", OLD, NEW));
        assertEquals("https://idp/md", metadata.entityId());
        assertEquals("https://idp/sso", metadata.ssoUrl());
        assertEquals("https://idp/slo", metadata.sloUrl());
        assertEquals(List.of(OLD.certificateBase64(), NEW.certificateBase64()), metadata.certificates());
    }

    @Test
    void refusesMetadataItCannotUse() {
        assertUnusable("", "not well-formed");
        assertUnusable("<md:EntityDescriptor", "not well-formed");
        assertUnusable("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + IdpMetadataForge.xml("https://idp/md", "https://idp/sso", null, OLD), "not well-formed");
        assertUnusable(IdpMetadataForge.xml("https://idp/md", "https://idp/sso", null), "no signing certificate");
    }

    private static void assertUnusable(String xml, String why) {
        ProblemException problem = assertThrows(ProblemException.class, () -> IdpMetadata.parse(xml));
        assertEquals(422, problem.status());
        assertTrue(problem.getMessage().contains(why), problem.getMessage());
    }
}

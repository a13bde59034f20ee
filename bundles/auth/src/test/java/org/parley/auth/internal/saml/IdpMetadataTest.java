package org.parley.auth.internal.saml;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.api.rest.ProblemException;
import org.parley.testing.saml.Credential;
import org.parley.testing.saml.IdpMetadataForge;

/**
 * IdP metadata: what is read from it, and 422 naming what is unusable. The samples in {@code metadata/} model what AD
 * FS, Entra ID, Okta, Keycloak, Shibboleth IdP, Google Workspace and a federation file publish (each says so at its
 * top), with placeholder names and own certificates from {@code metadata/certificates/}.
 */
class IdpMetadataTest {

    private static final Credential OLD = Credential.generate("old");
    private static final Credential NEW = Credential.generate("new");

    /** What the SP must read from one sample; the certificates are files in {@code metadata/certificates/}. */
    record Sample(String file, String entityId, String ssoUrl, String sloUrl, List<String> signingCertificates) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Sample> vendorSamples() {
        String entra = "https://login.microsoftonline.com/00000000-1111-2222-3333-444444444444/saml2";
        String okta = "https://example.okta.com/app/example_parley_1/exk0example0000000000/sso/saml";
        String keycloak = "https://keycloak.example.org/realms/parley/protocol/saml";
        return Stream.of(
                // Signed; RoleDescriptors, SP and IdP roles; encryption KeyDescriptor first, which is no signing key.
                new Sample("adfs.xml", "http://adfs.example.org/adfs/services/trust",
                        "https://adfs.example.org/adfs/ls/", "https://adfs.example.org/adfs/ls/",
                        List.of("adfs-signing")),
                // Signed; key rollover: both signing certificates.
                new Sample("entra-id.xml", "https://sts.windows.net/00000000-1111-2222-3333-444444444444/", entra,
                        entra, List.of("entra-current", "entra-next")),
                // SSO POST listed first; SLO offered by HTTP-POST only, which this SP cannot use.
                new Sample("okta.xml", "http://www.okta.com/exk0example0000000000", okta, "", List.of("okta")),
                // EntitiesDescriptor around the entity; ds:KeyName beside the certificate.
                new Sample("keycloak.xml", "https://keycloak.example.org/realms/parley", keycloak, keycloak,
                        List.of("keycloak")),
                // KeyDescriptors without use (signing and encryption), line-wrapped certificates; SAML 1 services.
                new Sample("shibboleth.xml", "https://idp.example.edu/idp/shibboleth",
                        "https://idp.example.edu/idp/profile/SAML2/Redirect/SSO",
                        "https://idp.example.edu/idp/profile/SAML2/Redirect/SLO",
                        List.of("shibboleth-backchannel", "shibboleth-signing")),
                // No single logout.
                new Sample("google-workspace.xml", "https://accounts.google.com/o/saml2?idpid=C00example",
                        "https://accounts.google.com/o/saml2/idp?idpid=C00example", "", List.of("google")),
                // Signed EntitiesDescriptor with an SP entity before the IdP: the IdP is taken.
                new Sample("federation-sp-and-idp.xml", "https://idp.example.net/idp/shibboleth",
                        "https://idp.example.net/idp/profile/SAML2/Redirect/SSO",
                        "https://idp.example.net/idp/profile/SAML2/Redirect/SLO", List.of("federation-idp")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendorSamples")
    void readsWhatIdentityProvidersPublish(Sample sample) {
        IdpMetadata metadata = IdpMetadata.parse(resource(sample.file()));
        assertAll(
                () -> assertEquals(sample.entityId(), metadata.entityId(), "entityID"),
                () -> assertEquals(sample.ssoUrl(), metadata.ssoUrl(), "HTTP-Redirect SSO URL"),
                () -> assertEquals(sample.sloUrl(), metadata.sloUrl(), "HTTP-Redirect SLO URL"),
                () -> assertEquals(sample.signingCertificates().stream().map(IdpMetadataTest::certificate).toList(),
                        metadata.certificates(), "signing certificates"));
    }

    @Test
    void readsEntityIdUrlsAndEveryRolloverCertificate() {
        IdpMetadata metadata = IdpMetadata.parse(IdpMetadataForge.xml("https://idp/md", "https://idp/sso",
                "https://idp/slo", OLD, NEW));
        assertEquals("https://idp/md", metadata.entityId());
        assertEquals("https://idp/sso", metadata.ssoUrl());
        assertEquals("https://idp/slo", metadata.sloUrl());
        assertEquals(List.of(OLD.certificateBase64(), NEW.certificateBase64()), metadata.certificates());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            refused-doctype.xml             | a DOCTYPE or entity is refused
            refused-bare-doctype.xml        | a DOCTYPE or entity is refused
            refused-sp-only.xml             | it has no IDPSSODescriptor
            refused-post-only-sso.xml       | its SingleSignOnService offers only the HTTP-POST binding; Parley sends the AuthnRequest by HTTP-Redirect
            refused-encryption-key-only.xml | it has no signing certificate
            refused-two-idps.xml            | it describes 2 IdPs (https://idp.example.net/idp/shibboleth, https://idp.example.edu/idp/shibboleth)
            """)
    void refusesSamplesItCannotUse(String file, String why) {
        assertUnusable(resource(file), why);
    }

    @Test
    void refusesMetadataItCannotUse() {
        assertUnusable("", "not well-formed");
        assertUnusable("<md:EntityDescriptor", "not well-formed");
        assertUnusable(IdpMetadataForge.xml("https://idp/md", "https://idp/sso", null), "no signing certificate");
        String garbled = IdpMetadataForge.xml("https://idp/md", "https://idp/sso", null, OLD)
                .replace(OLD.certificateBase64(), "bm90IGEgY2VydGlmaWNhdGU=");
        assertUnusable(garbled, "its signing certificate 1 is not an X.509 certificate");
    }

    private static void assertUnusable(String xml, String why) {
        ProblemException problem = assertThrows(ProblemException.class, () -> IdpMetadata.parse(xml));
        assertEquals(422, problem.status());
        assertEquals("metadataXml", problem.field());
        assertTrue(problem.getMessage().contains(why), problem.getMessage());
    }

    /** The base64 DER of {@code metadata/certificates/<name>.pem}. */
    private static String certificate(String name) {
        String pem = resource("certificates/" + name + ".pem");
        return pem.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "")
                .replaceAll("\\s", "");
    }

    private static String resource(String name) {
        try (InputStream in = IdpMetadataTest.class.getResourceAsStream("metadata/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource metadata/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

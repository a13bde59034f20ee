package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An appliance signing in through the fixture SAML IdP of {@code tools/test-servers}: its public base URL (and so
 * its SP entityID, fixed at the first start) names its random port, the IdP trusts it back, and the IdP is registered
 * through the REST API as an admin would, from its metadata URL, with groups mapped to roles (meeting-admins to
 * admin, meeting-users to member).
 *
 * @param site the appliance's public base URL, {@code https://127.0.0.1:PORT}
 */
record SamlSite(Appliance parley, String site, TestServers.SamlIdp idp, String idpId) implements AutoCloseable {

    /**
     * Boots it with these extra settings files.
     *
     * @param idpChecksSignatures whether the IdP is given Parley's signing certificate and so refuses unsigned or
     *                            wrongly signed AuthnRequests and logout messages
     */
    static SamlSite boot(String idpId, String idpName, Map<String, String> settingsFiles,
            boolean idpChecksSignatures) {
        Appliance parley = Appliance.prepare(settingsFiles);
        try {
            String site = "https://127.0.0.1:" + parley.httpsPort();
            Files.writeString(parley.home().resolve("etc/conf.d/org.parley.auth.Saml.cfg"),
                    saml(site, false));
            parley.start();
            parley.awaitHealthy();
            TestServers.SamlIdp idp = idpChecksSignatures ? TestServers.samlIdp(signingCertificate(parley), site)
                    : TestServers.samlIdp(site);
            Accounts.expect(201, parley.admin().post("/api/v1/saml/idps", "{\"id\": \"" + idpId + "\", \"name\": \""
                    + idpName + "\", \"metadataUrl\": \"" + idp.metadataUrl() + "\", \"roleAttribute\": \"groups\", "
                    + "\"roleMapping\": {\"meeting-admins\": \"admin\", \"meeting-users\": \"member\"}, "
                    + "\"enabled\": true}"));
            return new SamlSite(parley, site, idp, idpId);
        } catch (IOException | RuntimeException e) {
            parley.close();
            throw new IllegalStateException("could not boot an appliance with the SAML IdP", e);
        }
    }

    /** Rewrites the SAML settings file (the file rules over the console) and waits until the setting shows. */
    void allowIdpInitiated(boolean allowed) {
        try {
            Files.writeString(parley.home().resolve("etc/conf.d/org.parley.auth.Saml.cfg"), saml(site, allowed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Await.until("allowIdpInitiated is " + allowed, () -> Boolean.toString(allowed).equals(
                Accounts.settings(parley, "org.parley.auth.Saml").get("allowIdpInitiated")));
    }

    String entityId() {
        return site + "/saml/metadata";
    }

    String acs() {
        return site + "/saml/acs";
    }

    /** A certificate of Parley's SP metadata ({@code use} signing or encryption), as PEM. */
    String spCertificatePem(String use) {
        return certificatePem(parley, use);
    }

    @Override
    public void close() {
        parley.close();
    }

    private static String saml(String site, boolean allowIdpInitiated) {
        return "publicBaseUrl=" + site + "\nallowIdpInitiated=" + allowIdpInitiated + "\n";
    }

    private static Path signingCertificate(Appliance parley) throws IOException {
        return Files.writeString(parley.home().resolve("sp-signing.pem"), certificatePem(parley, "signing"));
    }

    private static String certificatePem(Appliance parley, String use) {
        String metadata = Accounts.expect(200, parley.api().get("/saml/metadata")).body();
        Matcher certificate = Pattern.compile("<(?:\\w+:)?KeyDescriptor[^>]*use=\"" + use + "\"[^>]*>.*?"
                + "<(?:\\w+:)?X509Certificate>([^<]+)<", Pattern.DOTALL).matcher(metadata);
        assertTrue(certificate.find(), "no " + use + " certificate in the SP metadata: " + metadata);
        return "-----BEGIN CERTIFICATE-----\n" + certificate.group(1).replaceAll("\\s", "")
                + "\n-----END CERTIFICATE-----\n";
    }
}

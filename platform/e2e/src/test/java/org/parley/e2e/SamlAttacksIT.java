package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.testing.saml.Credential;
import org.parley.testing.saml.ResponseForge;
import org.parley.testing.saml.SignatureAlgorithm;
import org.parley.testing.saml.Tampers;

/**
 * The known attacks on a SAML service provider, end to end: the appliance trusts the real SimpleSAMLphp IdP of
 * {@code tools/test-servers} (registered from its metadata URL), and the test, holding that IdP's signing key, posts
 * crafted responses to {@code /saml/acs} for requests Parley really started. The untampered forgery signs in (so the
 * forge is right and every refusal is the attack's doing); each attack ends at {@code /sign-in?error=}, sets no
 * session, and leaves an audit record with the reason. The reasons are printed for the closing note.
 */
class SamlAttacksIT {

    private static final String IDP_ID = "attack-idp";
    private static final Map<String, String> REASONS = new LinkedHashMap<>();

    private static SamlSite saml;
    private static Credential idpKey;
    private static X509Certificate spEncryption;

    @BeforeAll
    static void bootTrustingTheFixtureIdp() throws Exception {
        saml = SamlSite.boot(IDP_ID, "Attack IdP", Map.of(), false);
        idpKey = new Credential(privateKey(saml.idp().key()), certificate(Files.readString(saml.idp().certificate())));
        spEncryption = certificate(saml.spCertificatePem("encryption"));
    }

    @AfterAll
    static void stop() {
        REASONS.forEach((attack, reason) -> System.out.println("SAML attack refused: " + attack + " -> " + reason));
        if (saml != null) {
            saml.close();
        }
    }

    @Test
    void theUntamperedForgerySignsInPlainAndEncrypted() {
        Pending plain = startSignIn();
        assertSignedIn(post(valid(plain).signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256)
                .signResponse(idpKey, SignatureAlgorithm.RSA_SHA256).base64(), plain.relayState()));
        Pending encrypted = startSignIn();
        assertSignedIn(post(valid(encrypted).signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256)
                .encryptFor(spEncryption).base64(), encrypted.relayState()));
    }

    @Test
    void anUnsignedResponseIsRefused() {
        refused("unsigned response", pending -> valid(pending).base64());
    }

    @Test
    void aResponseSignedByAnotherKeyIsRefused() {
        Credential attacker = Credential.generate("attacker");
        refused("signed by another key", pending -> valid(pending).signAssertion(attacker,
                SignatureAlgorithm.RSA_SHA256).signResponse(attacker, SignatureAlgorithm.RSA_SHA256).base64());
    }

    @Test
    void everySignatureWrappingVariantIsRefused() {
        refused("XSW1 extra unsigned assertion", pending -> signedAssertion(pending)
                .tamper(Tampers.extraUnsignedAssertion("admin")).base64());
        refused("XSW2 evil assertion with the signed ID before it", pending -> signedAssertion(pending)
                .tamper(Tampers.sameIdAssertionBefore("admin")).base64());
        refused("XSW3 signed assertion inside the evil one", pending -> signedAssertion(pending)
                .tamper(Tampers.signedAssertionInsideEvil("admin")).base64());
        refused("XSW4 signed assertion moved to Extensions", pending -> signedAssertion(pending)
                .tamper(Tampers.signedAssertionInExtensions("admin")).base64());
        refused("XSW5 signed assertion in the evil signature's Object", pending -> signedAssertion(pending)
                .tamper(Tampers.signedAssertionInEvilSignatureObject("admin")).base64());
        refused("XSW6 signed response wrapped in an evil one", pending -> valid(pending)
                .signResponse(idpKey, SignatureAlgorithm.RSA_SHA256).tamper(Tampers.responseWrapped("admin"))
                .base64());
        refused("signed NameID changed", pending -> signedAssertion(pending).tamper(Tampers.replaceNameId("admin"))
                .base64());
    }

    @Test
    void aCommentInTheNameIdIsRefused() {
        refused("comment injection in NameID", pending -> valid(pending).nameId("admin@x.evil")
                .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).tamper(Tampers.commentInNameId(5)).base64());
    }

    @Test
    void expiredAndNotYetValidAssertionsAreRefused() {
        Instant now = Instant.now();
        refused("expired", pending -> new ResponseForge(now.minus(Duration.ofMinutes(30))).issuer(saml.idp().metadataUrl())
                .audience(saml.entityId()).destination(saml.acs()).recipient(saml.acs()).inResponseTo(pending.requestId())
                .nameId("bob").attribute("groups", "meeting-users")
                .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).base64());
        refused("not yet valid", pending -> valid(pending).notBefore(now.plus(Duration.ofMinutes(20)))
                .notOnOrAfter(now.plus(Duration.ofMinutes(30)))
                .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).base64());
    }

    @Test
    void theWrongAudienceRecipientOrDestinationIsRefused() {
        refused("wrong audience", pending -> valid(pending).audience("https://other-sp.example.org/saml/metadata")
                .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).base64());
        refused("wrong recipient", pending -> valid(pending).recipient("https://other-sp.example.org/saml/acs")
                .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).base64());
        refused("wrong destination", pending -> valid(pending).destination("https://other-sp.example.org/saml/acs")
                .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256)
                .signResponse(idpKey, SignatureAlgorithm.RSA_SHA256).base64());
    }

    @Test
    void aReplayedResponseAndAnAnswerToAnUnknownRequestAreRefused() {
        Pending pending = startSignIn();
        String response = valid(pending).signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).base64();
        assertSignedIn(post(response, pending.relayState()));
        assertRefused("replayed response (its request is used up)", post(response, pending.relayState()));
        refused("response to an unknown request", p -> valid(p).inResponseTo("_never-sent-by-parley")
                .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).base64());
        refused("IdP-initiated while off", p -> valid(p).inResponseTo(null)
                .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).base64());
    }

    @Test
    void withIdpInitiatedSignInOnAnUnsolicitedResponseWorksOnceAndItsReplayIsRefused() {
        saml.allowIdpInitiated(true);
        try {
            String[] accepted = new String[1];
            Await.until("an unsolicited response signs in once the setting applies", () -> {
                accepted[0] = new ResponseForge(Instant.now()).issuer(saml.idp().metadataUrl()).audience(saml.entityId())
                        .destination(saml.acs()).recipient(saml.acs()).nameId("bob").attribute("groups", "meeting-users")
                        .signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).base64();
                return sessionCookie(post(accepted[0], ""));
            });
            assertRefused("replayed unsolicited response (replay cache)", post(accepted[0], ""));
        } finally {
            saml.allowIdpInitiated(false);
        }
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefused() {
        refused("DOCTYPE with external entity", pending -> {
            String xml = valid(pending).signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256).xml()
                    .replaceFirst("^<\\?xml[^>]*\\?>", "");
            String evil = "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + xml.replaceFirst(
                    "(<(?:\\w+:)?NameID[^>]*>)[^<]*", "$1&x;");
            return Base64.getEncoder().encodeToString(evil.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void aSha1SignatureIsRefusedWhileTheIdpDoesNotAllowIt() {
        refused("SHA-1 signature", pending -> valid(pending).signAssertion(idpKey, SignatureAlgorithm.RSA_SHA1)
                .signResponse(idpKey, SignatureAlgorithm.RSA_SHA1).base64());
    }

    // --- the flow --------------------------------------------------------------------------------------------

    /** A sign-in Parley really started: the ID of its AuthnRequest and the RelayState it keeps the state under. */
    private record Pending(String requestId, String relayState) {
    }

    private static Pending startSignIn() {
        Reply redirect = saml.parley().api().get("/saml/login?idp=" + IDP_ID);
        assertEquals(303, redirect.status(), redirect::toString);
        URI location = URI.create(redirect.header("Location"));
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        Matcher id = Pattern.compile("\\bID=\"([^\"]+)\"").matcher(inflate(query.get("SAMLRequest")));
        assertTrue(id.find(), "an AuthnRequest with an ID");
        return new Pending(id.group(1), query.get("RelayState"));
    }

    private static ResponseForge valid(Pending pending) {
        return new ResponseForge(Instant.now()).issuer(saml.idp().metadataUrl()).audience(saml.entityId()).destination(saml.acs())
                .recipient(saml.acs()).inResponseTo(pending.requestId()).nameId("bob").attribute("uid", "bob")
                .attribute("groups", "meeting-users");
    }

    private static ResponseForge signedAssertion(Pending pending) {
        return valid(pending).signAssertion(idpKey, SignatureAlgorithm.RSA_SHA256);
    }

    private static Reply post(String samlResponse, String relayState) {
        String form = "SAMLResponse=" + URLEncoder.encode(samlResponse, StandardCharsets.UTF_8) + "&RelayState="
                + URLEncoder.encode(relayState, StandardCharsets.UTF_8);
        return saml.parley().api().send("/saml/acs", "POST", form, "application/x-www-form-urlencoded");
    }

    /** Starts a sign-in, posts the attack's response for it, and checks the refusal and its audit record. */
    private static void refused(String attack, java.util.function.Function<Pending, String> craft) {
        Pending pending = startSignIn();
        assertRefused(attack, post(craft.apply(pending), pending.relayState()));
    }

    private static void assertRefused(String attack, Reply reply) {
        assertEquals(303, reply.status(), attack + ": " + reply);
        assertTrue(reply.header("Location").startsWith("/sign-in?error="), attack + ": " + reply.header("Location"));
        assertFalse(sessionCookie(reply), attack + ": no session may be set");
        JsonNode record = lastFailure();
        String reason = record.path("details").path("reason").asText();
        assertFalse(reason.isBlank(), attack + ": the audit record names a reason: " + record);
        REASONS.put(attack, reason);
    }

    private static void assertSignedIn(Reply reply) {
        assertEquals(303, reply.status(), reply::toString);
        assertTrue(sessionCookie(reply), "a session: " + reply);
        assertFalse(reply.header("Location").startsWith("/sign-in"), reply.header("Location"));
    }

    private static boolean sessionCookie(Reply reply) {
        return reply.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(Session.COOKIE + "=") && !c.startsWith(Session.COOKIE + "=;"));
    }

    /**
     * The newest failed SAML sign-in, as the audit trail holds it: under the IdP, or under {@code saml} when the
     * response could not be tied to an IdP (its request unknown or used up).
     */
    private static JsonNode lastFailure() {
        List<JsonNode> failures = java.util.stream.Stream.of("saml-" + IDP_ID, "saml")
                .flatMap(target -> Accounts.audit(saml.parley(), "auth.sign-in", target).stream())
                .filter(r -> r.path("outcome").asText().equals("FAILURE")).toList();
        assertFalse(failures.isEmpty(), "the refusal is audited");
        return failures.stream().max(java.util.Comparator.comparingLong(r -> r.path("sequence").asLong())).orElseThrow();
    }

    private static String inflate(String base64) {
        try {
            Inflater inflater = new Inflater(true);
            inflater.setInput(Base64.getMimeDecoder().decode(base64));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException("SAMLRequest is not raw DEFLATE", e);
        }
    }

    private static X509Certificate certificate(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static PrivateKey privateKey(Path pem) throws IOException, java.security.GeneralSecurityException {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                .decode(body)));
    }
}

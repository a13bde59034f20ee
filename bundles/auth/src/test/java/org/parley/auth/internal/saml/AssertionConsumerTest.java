package org.parley.auth.internal.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.auth.internal.account.Role;
import org.parley.testing.saml.SignatureAlgorithm;
import org.parley.testing.saml.Tamper;
import org.parley.testing.saml.Tampers;
import org.parley.testing.saml.Xml;

/** The assertion consumer against forged responses: the happy paths, then each attack refused with its reason. */
class AssertionConsumerTest extends SamlFixture {

    @Test
    void acceptsASignedAssertionAnsweringThePendingRequest() {
        AssertionConsumer.Accepted accepted = consumer.consume(response().base64(), RELAY_STATE);
        assertEquals("saml-test", accepted.identity().realm());
        assertEquals("alice", accepted.identity().username());
        assertEquals("alice", accepted.identity().externalId());
        assertEquals("Alice Admin", accepted.identity().displayName());
        assertEquals("alice@example.org", accepted.identity().email());
        assertEquals(Set.of(Role.ADMIN, Role.MEMBER), accepted.identity().roles());
        assertEquals("/meetings", accepted.next());
        assertTrue(accepted.sessionIndex().startsWith("_s"));
    }

    @Test
    void acceptsAnAssertionEncryptedForTheSpAndASignedResponse() {
        AssertionConsumer.Accepted accepted = consumer.consume(response().encryptFor(SP.encryption().certificate())
                .signResponse(IDP, SignatureAlgorithm.RSA_SHA256).base64(), RELAY_STATE);
        assertEquals("alice", accepted.identity().username());
    }

    @Test
    void refusesAnUnsignedResponse() {
        SamlRefusal refusal = refused(response().signAssertion(null, null));
        assertEquals("invalid", refusal.code());
        assertTrue(refusal.reason().contains("not signed") || refusal.reason().contains("No Signature"),
                refusal.reason());
    }

    @Test
    void refusesAnAssertionSignedByAnotherKey() {
        SamlRefusal refusal = refused(response().signAssertion(ATTACKER, SignatureAlgorithm.RSA_SHA256));
        assertTrue(refusal.reason().contains("Signature validation failed"), refusal.reason());
    }

    @Test
    void refusesASignedAssertionChangedAfterSigning() {
        SamlRefusal refusal = refused(response().tamper(Tampers.replaceNameId("admin")));
        assertTrue(refusal.reason().contains("Signature validation failed"), refusal.reason());
    }

    static Stream<Arguments> wrappings() {
        return Stream.of(Arguments.of("extra unsigned assertion", (Function<String, Tamper>)
                        Tampers::extraUnsignedAssertion, false),
                Arguments.of("same-ID assertion before", (Function<String, Tamper>) Tampers::sameIdAssertionBefore,
                        false),
                Arguments.of("signed inside evil", (Function<String, Tamper>) Tampers::signedAssertionInsideEvil,
                        false),
                Arguments.of("signed in Extensions", (Function<String, Tamper>) Tampers::signedAssertionInExtensions,
                        false),
                Arguments.of("signed in evil Signature/Object", (Function<String, Tamper>)
                        Tampers::signedAssertionInEvilSignatureObject, false),
                Arguments.of("response wrapped", (Function<String, Tamper>) Tampers::responseWrapped, true),
                Arguments.of("signature moved to evil", (Function<String, Tamper>) Tampers::signatureMovedToEvil,
                        false));
    }

    @ParameterizedTest(name = "XSW: {0}")
    @MethodSource("wrappings")
    void refusesSignatureWrapping(String name, Function<String, Tamper> attack, boolean signResponse) {
        var response = response().tamper(attack.apply("admin"));
        if (signResponse) {
            response = response().signAssertion(null, null).signResponse(IDP, SignatureAlgorithm.RSA_SHA256)
                    .tamper(attack.apply("admin"));
        }
        SamlRefusal refusal = refused(response);
        assertEquals("invalid", refusal.code(), refusal.reason());
        assertTrue(refusal.reason().contains("must contain 1 Assertion")
                || refusal.reason().contains("Signature validation failed"), refusal.reason());
    }

    @Test
    void aCommentInTheNameIdIsRefusedRatherThanReadEitherWay() {
        var response = response().nameId("alice@x.evil").tamper(Tampers.commentInNameId("alice@x".length()));
        SamlRefusal refusal = refused(response);
        assertEquals("comment-injection", refusal.code(), refusal.reason());
    }

    @Test
    void refusesAnExpiredAssertion() {
        var response = response();
        clock.advance(Duration.ofMinutes(9));
        SamlRefusal refusal = refused(response);
        assertTrue(refusal.reason().contains("expired"),
                refusal.reason());
    }

    @Test
    void refusesAnAssertionNotYetValid() {
        SamlRefusal refusal = refused(response().notBefore(clock.now().plus(Duration.ofMinutes(5))));
        assertTrue(refusal.reason().contains("not yet valid"), refusal.reason());
    }

    @Test
    void refusesAnotherAudience() {
        SamlRefusal refusal = refused(response().audience("https://other-sp.example.org/metadata"));
        assertTrue(refusal.reason().contains("not a valid audience"), refusal.reason());
    }

    @Test
    void refusesAnotherRecipient() {
        SamlRefusal refusal = refused(response().recipient("https://other-sp.example.org/acs"));
        assertTrue(refusal.reason().contains("SubjectConfirmation"), refusal.reason());
    }

    @Test
    void refusesAnotherDestination() {
        SamlRefusal refusal = refused(response().destination("https://other-sp.example.org/acs"));
        assertTrue(refusal.reason().contains("received at"), refusal.reason());
    }

    @Test
    void refusesAReplayedResponse() {
        String samlResponse = response().base64();
        consumer.consume(samlResponse, RELAY_STATE);
        assertEquals("unknown-request", refused(samlResponse, RELAY_STATE).code());
    }

    @Test
    void refusesAReplayedIdpInitiatedAssertionUntilItExpires() {
        options = SamlSettings.parse(BASE, true, true, 24);
        String samlResponse = response().inResponseTo(null).base64();
        consumer.consume(samlResponse, null);
        SamlRefusal refusal = refused(samlResponse, null);
        assertEquals("replay", refusal.code());
    }

    @Test
    void refusesAnInResponseToThatIsNotThePendingRequest() {
        assertEquals("wrong-request", refused(response().inResponseTo("_other")).code());
        assertEquals("unknown-request", refused(response().base64(), "no-such-relay-state").code());
        assertEquals("unknown-request", refused(response().base64(), null).code());
    }

    @Test
    void refusesARequestOlderThanTenMinutes() {
        clock.advance(Duration.ofMinutes(11));
        assertEquals("unknown-request", refused(response()).code());
    }

    @Test
    void refusesIdpInitiatedSignInUnlessAllowed() {
        assertEquals("unsolicited", refused(response().inResponseTo(null).base64(), null).code());
        options = SamlSettings.parse(BASE, true, true, 24);
        assertEquals("/account", consumer.consume(response().inResponseTo(null).base64(), null).next());
    }

    @Test
    void refusesADoctypeAndExternalEntities() {
        String xml = Xml.withDoctype(response().xml(),
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        assertEquals("malformed", refused(Xml.base64(xml), RELAY_STATE).code());
        String doctypeOnly = Xml.withDoctype(response().xml(), "<!DOCTYPE Response>");
        assertEquals("malformed", refused(Xml.base64(doctypeOnly), RELAY_STATE).code());
    }

    @Test
    void refusesSha1UnlessTheIdpAllowsIt() {
        var sha1 = response().signAssertion(IDP, SignatureAlgorithm.RSA_SHA1);
        assertEquals("sha1", refused(sha1).code());
        idps.update(idp(true));
        pending.save(new PendingRequests.Pending("relay-state-2", REQUEST_ID, "test", "/", clock.millis()));
        assertEquals("alice", consumer.consume(sha1.base64(), "relay-state-2").identity().username());
    }

    @Test
    void refusesAUserInNoMappedGroup() {
        var response = response().attribute("groups", "visitors");
        assertEquals("no-role", refused(response).code());
    }
}

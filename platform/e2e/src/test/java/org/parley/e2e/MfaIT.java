package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second factor over real HTTPS: enrolment from the account page, then sign-ins with no code, a wrong code, a
 * replayed code (same 30-second step), an older code after a newer one, and recovery codes (each works once).
 * Codes are computed from the test clock, as an authenticator app would; the clock moves by whole steps only.
 */
@ExtendWith(ParleyExtension.class)
class MfaIT {

    private static final String SIGN_IN = "/api/v1/auth/sign-in";

    @Test
    void enrolmentNeedsARightCodeThenEverySignInNeedsTheSecondFactor(Appliance parley) {
        Enrolled user = enrol(parley);
        Reply noCode = Accounts.attempt(parley, user.account().username(), user.account().password(), null, Map.of());
        assertCodeRefused(noCode);
        Reply account = Accounts.expect(200, signIn(parley, user, Totp.code(user.secret(), Accounts.now(parley))));
        assertEquals(user.account().username(), account.json().path("username").asText());
        Api session = parley.api().with(Session.headers(account));
        assertTrue(session.get("/api/v1/account").json().path("mfaEnrolled").asBoolean());
        assertEquals(409, session.post("/api/v1/account/mfa/totp", "").status(), "no second enrolment over the first");
        assertEquals(1, Accounts.audit(parley, "account.mfa.enrol", user.account().username()).size(),
                "the enrolment is audited");
    }

    @Test
    void aWrongCodeIsRefusedNamingTheFieldCode(Appliance parley) {
        Enrolled user = enrol(parley);
        Instant now = Accounts.now(parley);
        String right = Totp.code(user.secret(), now);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        assertCodeRefused(signIn(parley, user, wrong));
        assertCodeRefused(signIn(parley, user, Totp.code(user.secret(), now.plusSeconds(120))));
        assertCodeRefused(signIn(parley, user, "12345"));
        Accounts.nextStep(parley);
        assertEquals(200, signIn(parley, user, right).status(), "the right code (one step old, after the short wait "
                + "three failures impose) still works");
        assertEquals(3, Accounts.audit(parley, "auth.sign-in", user.account().username()).stream()
                .filter(r -> r.path("details").path("reason").asText().equals("wrong code")).count());
    }

    @Test
    void aCodeIsAcceptedOnceSoAReplayInTheSameStepOrAnOlderCodeIsRefused(Appliance parley) {
        Enrolled user = enrol(parley);
        Instant now = Accounts.now(parley);
        String code = Totp.code(user.secret(), now);
        assertEquals(200, signIn(parley, user, code).status());
        assertCodeRefused(signIn(parley, user, code));

        Accounts.nextStep(parley);
        String newer = Totp.code(user.secret(), now.plusSeconds(60));
        assertEquals(200, signIn(parley, user, newer).status(), "one step ahead is within the tolerance");
        String older = Totp.code(user.secret(), now.plusSeconds(30));
        assertCodeRefused(signIn(parley, user, older));
        Accounts.nextStep(parley);
        Accounts.nextStep(parley);
        assertEquals(200, signIn(parley, user, Totp.code(user.secret(), Accounts.now(parley))).status());
    }

    @Test
    void aRecoveryCodeWorksOnceAndOnlyOnce(Appliance parley) {
        Enrolled user = enrol(parley);
        assertEquals(10, user.recoveryCodes().size(), user.recoveryCodes()::toString);
        String recovery = user.recoveryCodes().get(0);
        Reply first = signIn(parley, user, recovery);
        assertEquals(200, first.status(), first::toString);
        Accounts.nextStep(parley);
        assertCodeRefused(signIn(parley, user, recovery));
        assertCodeRefused(signIn(parley, user, recovery.toUpperCase().replace("-", " ")));
        assertEquals(200, signIn(parley, user, user.recoveryCodes().get(1).toUpperCase()).status(),
                "another recovery code still works (case does not matter)");
        List<JsonNode> used = Accounts.audit(parley, "auth.recovery-code.use", user.account().username());
        assertEquals(2, used.size(), "each use is audited");
        assertEquals("8", used.get(1).path("details").path("remaining").asText());
    }

    private record Enrolled(Accounts.Account account, String secret, List<String> recoveryCodes) {
    }

    /** A member (MFA optional for the role) who enrols TOTP from the account page. */
    private static Enrolled enrol(Appliance parley) {
        Accounts.Account member = Accounts.create(parley, "m-" + UUID.randomUUID().toString().substring(0, 8),
                "member");
        Api session = Session.signIn(parley.api(), member.username(), member.password(), null);
        Reply offer = Accounts.expect(200, session.post("/api/v1/account/mfa/totp", ""));
        String secret = offer.json().path("secret").asText();
        assertTrue(offer.json().path("otpauthUri").asText().startsWith("otpauth://totp/"), offer::toString);
        Instant now = Accounts.now(parley);
        String wrong = String.format("%06d", (Integer.parseInt(Totp.code(secret, now)) + 1) % 1_000_000);
        Reply refused = session.post("/api/v1/account/mfa/totp/confirm", "{\"code\": \"" + wrong + "\"}");
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("code", refused.json().path("field").asText());
        assertFalse(session.get("/api/v1/account").json().path("mfaEnrolled").asBoolean(), "not enrolled yet");
        Reply confirmed = Accounts.expect(200, session.post("/api/v1/account/mfa/totp/confirm",
                "{\"code\": \"" + Totp.code(secret, now) + "\"}"));
        List<String> codes = new ArrayList<>();
        confirmed.json().path("recoveryCodes").forEach(code -> codes.add(code.asText()));
        Accounts.nextStep(parley);
        return new Enrolled(member, secret, codes);
    }

    private static Reply signIn(Appliance parley, Enrolled user, String code) {
        return parley.api().post(SIGN_IN, "{\"username\": " + Session.quote(user.account().username())
                + ", \"password\": " + Session.quote(user.account().password()) + ", \"code\": "
                + Session.quote(code) + "}");
    }

    private static void assertCodeRefused(Reply reply) {
        assertEquals(401, reply.status(), reply::toString);
        assertEquals("code", reply.json().path("field").asText(), reply::toString);
    }
}

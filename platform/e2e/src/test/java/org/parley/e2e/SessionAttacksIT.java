package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Attacks on browser sessions over real HTTPS: planted and reused session ids, a stolen cookie after sign-out,
 * idle and absolute timeouts (on the test clock), background polls that must not keep a session alive, forged
 * state-changing requests without the CSRF token, a disabled user's session and tokens, the cookie's attributes.
 * Boots its own appliance: moving the clock by hours ends every session, which the shared one must keep.
 */
class SessionAttacksIT {

    private static final String ACCOUNT = "/api/v1/account";
    private static final Map<String, String> BACKGROUND = Map.of("X-Parley-Background", "1");

    @RegisterExtension
    static final OwnAppliance PARLEY = new OwnAppliance();

    @Test
    void aPlantedSessionIdIsNeverAdoptedAndIsWorthNothing() {
        Accounts.Account member = member();
        String planted = "attacker-chosen-" + UUID.randomUUID();
        Reply signIn = Accounts.expect(200, Accounts.attempt(parley(), member.username(), member.password(), null,
                Map.of("Cookie", Session.COOKIE + "=" + planted)));
        String issued = cookieValue(signIn);
        assertNotEquals(planted, issued, "the server must mint its own id, never adopt the one the browser sent");
        assertTrue(issued.length() >= 43, "256 random bits, base64url: " + issued);
        assertEquals(401, withCookie(planted).get(ACCOUNT).status(), "the planted id opens nothing");
        assertEquals(200, parley().api().with(Session.headers(signIn)).get(ACCOUNT).status());
    }

    @Test
    void signingInAgainGivesANewIdAndEndsTheSessionItWasSentWith() {
        Accounts.Account member = member();
        Reply first = Accounts.expect(200, Accounts.attempt(parley(), member.username(), member.password(), null,
                Map.of()));
        String old = cookieValue(first);
        Reply second = Accounts.expect(200, Accounts.attempt(parley(), member.username(), member.password(), null,
                Map.of("Cookie", Session.COOKIE + "=" + old)));
        assertNotEquals(old, cookieValue(second), "a new id at every sign-in");
        assertNotEquals(first.json().path("csrfToken").asText(), second.json().path("csrfToken").asText());
        assertEquals(200, parley().api().with(Session.headers(second)).get(ACCOUNT).status());
        Reply oldAfter = withCookie(old).get(ACCOUNT);
        assertEquals(401, oldAfter.status(), "the id the browser held before signing in again must stop working: "
                + oldAfter);
    }

    @Test
    void signOutEndsTheSessionSoAStolenCookieIsDead() {
        Accounts.Account member = member();
        Reply signIn = Session.signInReply(parley().api(), member.username(), member.password(), null);
        Api session = parley().api().with(Session.headers(signIn));
        Reply out = Accounts.expect(204, session.post("/api/v1/auth/sign-out", ""));
        String cleared = out.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(Session.COOKIE + "=")).findFirst().orElse("");
        assertTrue(cleared.startsWith(Session.COOKIE + "=;") && cleared.contains("Max-Age=0"),
                "the browser is told to forget the cookie: " + cleared);
        assertEquals(401, session.get(ACCOUNT).status(), "the old cookie, replayed with its CSRF token");
        assertEquals(401, session.get("/api/v1/auth/session").status());
        assertEquals(401, session.post("/api/v1/account/sign-out-everywhere", "").status());
    }

    @Test
    void idleTimeoutOnTheClockFifteenMinutesInclusive() {
        Api session = signedInMember();
        Accounts.advance(parley(), 15 * 60 - 1);
        assertEquals(200, session.get(ACCOUNT).status(), "14 min 59 s idle: still valid (and now active again)");
        Accounts.advance(parley(), 15 * 60 - 1);
        assertEquals(200, session.get(ACCOUNT, BACKGROUND).status(), "14 min 59 s after the last activity");
        Accounts.advance(parley(), 2);
        Reply ended = session.get(ACCOUNT);
        assertEquals(401, ended.status(), "15 min 01 s idle: ended");
        assertEquals(401, session.get(ACCOUNT).status(), "and it stays ended");
    }

    @Test
    void backgroundPollsDoNotKeepASessionAlive() {
        Accounts.Account member = member();
        Api polled = Session.signIn(parley().api(), member.username(), member.password(), null);
        Api used = Session.signIn(parley().api(), member.username(), member.password(), null);
        for (int minute = 5; minute <= 10; minute += 5) {
            Accounts.advance(parley(), 5 * 60);
            assertEquals(200, polled.get("/api/v1/auth/session", BACKGROUND).status());
            assertEquals(200, polled.get(ACCOUNT, BACKGROUND).status());
        }
        assertEquals(200, used.get(ACCOUNT).status(), "a foreground request at minute 10");
        Accounts.advance(parley(), 5 * 60 + 1);
        assertEquals(401, polled.get(ACCOUNT, BACKGROUND).status(), "polled every 5 min, idle 15 min 01 s: ended");
        assertEquals(200, used.get(ACCOUNT).status(), "the session used at minute 10 lives on");
    }

    @Test
    void absoluteLifetimeOfTwelveHoursEvenWhenActiveEveryTenMinutes() {
        Api session = signedInMember();
        long elapsed = 0;
        while (elapsed + 600 < 12 * 3600) {
            Accounts.advance(parley(), 600);
            elapsed += 600;
            Reply reply = session.get(ACCOUNT);
            assertEquals(200, reply.status(), "active, " + elapsed / 60 + " min after sign-in: " + reply);
        }
        Accounts.advance(parley(), 12 * 3600 - elapsed - 1);
        assertEquals(200, session.get(ACCOUNT).status(), "11 h 59 min 59 s after sign-in");
        Accounts.advance(parley(), 1);
        assertEquals(401, session.get(ACCOUNT).status(), "12 h after sign-in: ended however active");
    }

    @Test
    void stateChangingRequestsWithoutTheSessionsCsrfTokenAreRefusedAndChangeNothing() {
        Accounts.Account member = member();
        Map<String, String> headers = Session.headers(Session.signInReply(parley().api(), member.username(),
                member.password(), null));
        String otherToken = Session.headers(Session.signInReply(parley().api(), member.username(), member.password(),
                null)).get("X-CSRF-Token");
        Api cookieOnly = withCookie(headers.get("Cookie").substring(Session.COOKIE.length() + 1));
        String tokenBody = "{\"name\": \"forged\", \"expiresAt\": \"2099-01-01T00:00:00Z\", "
                + "\"permissions\": [\"account:self\"]}";
        for (Map<String, String> forged : List.of(Map.<String, String>of(), Map.of("X-CSRF-Token", ""),
                Map.of("X-CSRF-Token", "wrong-" + UUID.randomUUID()), Map.of("X-CSRF-Token", otherToken))) {
            Reply refused = cookieOnly.with(merge(headers.get("Cookie"), forged)).post("/api/v1/account/tokens",
                    tokenBody);
            assertEquals(403, refused.status(), "CSRF header " + forged.keySet() + ": " + refused);
        }
        assertEquals("[]", cookieOnly.get("/api/v1/account/tokens").json().toString(), "no token was made");
        Reply signOut = cookieOnly.post("/api/v1/auth/sign-out", "");
        assertEquals(403, signOut.status(), signOut::toString);
        assertEquals(200, cookieOnly.get(ACCOUNT).status(), "a forged sign-out ends nothing");

        Api admin = parley().admin();
        String id = Accounts.userId(parley(), member.username());
        Map<String, String> adminCookieOnly = Map.of("Cookie", Session.COOKIE + "=" + adminCookie());
        for (String method : List.of("PATCH", "DELETE")) {
            Reply forged = parley().api().with(adminCookieOnly).send("/api/v1/users/" + id, method,
                    method.equals("PATCH") ? "{\"disabled\": true, \"roles\": [\"admin\"]}" : null,
                    method.equals("PATCH") ? "application/json" : null);
            assertEquals(403, forged.status(), method + " as the admin without a CSRF token: " + forged);
        }
        Reply user = Accounts.expect(200, admin.get("/api/v1/users/" + id));
        assertFalse(user.json().path("disabled").asBoolean(), user::toString);
        assertEquals("[\"member\"]", user.json().path("roles").toString());
        assertEquals(200, cookieOnly.get(ACCOUNT).status(), "the member can still work");
        assertEquals(201, parley().api().with(headers).post("/api/v1/account/tokens", tokenBody).status(),
                "with the right token the same request works");
    }

    @Test
    void disablingAUserEndsItsSessionAndItsApiTokensAtOnce() {
        Accounts.Account member = member();
        Api session = Session.signIn(parley().api(), member.username(), member.password(), null);
        Reply created = Accounts.expect(201, session.post("/api/v1/account/tokens", "{\"name\": \"ci\", "
                + "\"expiresAt\": \"2099-01-01T00:00:00Z\", \"permissions\": [\"account:self\"]}"));
        Api bearer = parley().api().with(Map.of("Authorization", "Bearer " + created.json().path("token").asText()));
        assertEquals(200, bearer.get(ACCOUNT).status());
        String id = Accounts.userId(parley(), member.username());

        Accounts.expect(200, parley().admin().send("/api/v1/users/" + id, "PATCH", "{\"disabled\": true}",
                "application/json"));
        assertEquals(401, session.get(ACCOUNT).status(), "the session ended with the disabling");
        assertEquals(401, bearer.get(ACCOUNT).status(), "the token ended with the disabling");
        assertEquals(401, Accounts.attempt(parley(), member.username(), member.password(), null, Map.of()).status(),
                "a disabled user cannot sign in");

        Accounts.expect(200, parley().admin().send("/api/v1/users/" + id, "PATCH", "{\"disabled\": false}",
                "application/json"));
        assertEquals(401, session.get(ACCOUNT).status(), "re-enabling does not bring the session back");
        assertEquals(401, bearer.get(ACCOUNT).status(), "re-enabling does not bring the token back");
        assertTrue(Accounts.audit(parley(), "user.update", member.username()).stream()
                .anyMatch(r -> r.path("details").path("after").asText().contains("disabled=true")),
                "the disabling is audited with before and after");
    }

    @Test
    void theSessionCookieIsSecureHttpOnlySameSiteLaxForTheWholeSite() {
        Accounts.Account member = member();
        Reply signIn = Session.signInReply(parley().api(), member.username(), member.password(), null);
        String header = signIn.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(Session.COOKIE + "=")).findFirst().orElseThrow();
        Set<String> attributes = Arrays.stream(header.split(";")).skip(1).map(String::strip)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Path=/", "Secure", "HttpOnly", "SameSite=Lax"), attributes, header);
        assertEquals("no-store", signIn.header("Cache-Control"), "the answer carrying the CSRF token is not cached");
    }

    private static Accounts.Account member() {
        return Accounts.create(parley(), "s-" + UUID.randomUUID().toString().substring(0, 8), "member");
    }

    private static Api signedInMember() {
        Accounts.Account member = member();
        return Session.signIn(parley().api(), member.username(), member.password(), null);
    }

    private static Api withCookie(String value) {
        return parley().api().with(Map.of("Cookie", Session.COOKIE + "=" + value));
    }

    private static Map<String, String> merge(String cookie, Map<String, String> extra) {
        Map<String, String> headers = new java.util.HashMap<>(extra);
        headers.put("Cookie", cookie);
        return headers;
    }

    private static String cookieValue(Reply signIn) {
        String cookie = Session.headers(signIn).get("Cookie");
        return cookie.substring(cookie.indexOf('=') + 1);
    }

    /** The admin's cookie value, from a fresh sign-in (its CSRF token deliberately left behind). */
    private static String adminCookie() {
        Accounts.Account admin = parley().adminAccount();
        String code = Totp.code(admin.totpSecret(), Accounts.now(parley()));
        Reply signIn = Accounts.expect(200, Accounts.attempt(parley(), admin.username(), admin.password(), code,
                Map.of()));
        Accounts.nextStep(parley());
        return cookieValue(signIn);
    }

    private static Appliance parley() {
        return PARLEY.get();
    }
}

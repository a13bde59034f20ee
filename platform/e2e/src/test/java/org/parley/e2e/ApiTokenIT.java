package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API tokens over real HTTPS: scoped to a subset of the owner's permissions, used as {@code Authorization: Bearer},
 * free of CSRF (a browser cannot forge that header), dead once revoked or expired (on the test clock), and never
 * more than the owner may do.
 */
@ExtendWith(ParleyExtension.class)
class ApiTokenIT {

    private static final String TOKENS = "/api/v1/account/tokens";

    @Test
    void aScopedTokenReachesItsRoutesOnlyNeedsNoCsrfAndDiesWhenRevoked(Appliance parley) {
        Api admin = parley.admin();
        JsonNode created = create(admin, "audit-reader", Accounts.now(parley).plusSeconds(3600),
                "\"audit:read\", \"audit:verify\"");
        assertEquals("[\"audit:read\",\"audit:verify\"]", created.path("permissions").toString());
        String token = created.path("token").asText();
        assertTrue(token.startsWith("pt_"), token);
        Api bearer = parley.api().with(Map.of("Authorization", "Bearer " + token));

        assertEquals(200, bearer.get("/api/v1/audit?limit=1").status(), "inside its scope");
        Reply users = bearer.get("/api/v1/users");
        assertEquals(403, users.status(), "users:read is outside its scope though the admin holds it: " + users);
        assertEquals(403, bearer.get("/api/v1/settings").status(), "settings:read is outside its scope");
        Reply verify = bearer.post("/api/v1/audit/verify", "");
        assertEquals(200, verify.status(), "a state-changing request with a token needs no CSRF token: " + verify);
        Reply viaCookie = parley.api().with(Map.of("Cookie", cookieOf(parley))).post("/api/v1/audit/verify", "");
        assertEquals(403, viaCookie.status(), "the same request on a session without its CSRF token: " + viaCookie);
        Reply mint = bearer.post(TOKENS, "{\"name\": \"child\", \"expiresAt\": \"2099-01-01T00:00:00Z\", "
                + "\"permissions\": [\"audit:read\"]}");
        assertEquals(403, mint.status(), "a token cannot mint tokens: " + mint);

        Accounts.expect(204, admin.send(TOKENS + "/" + created.path("id").asText(), "DELETE", null, null));
        assertEquals(401, bearer.get("/api/v1/audit?limit=1").status(), "revoked");
        assertEquals(401, parley.api().with(Map.of("Authorization", "Bearer pt_" + UUID.randomUUID()))
                .get("/api/v1/audit?limit=1").status(), "a made-up token");
        assertEquals(1, Accounts.audit(parley, "account.token.revoke", "admin").stream()
                .filter(r -> r.path("details").path("id").asText().equals(created.path("id").asText())).count());
    }

    @Test
    void aTokenStopsWorkingWhenItExpiresOnTheClock(Appliance parley) {
        Instant now = Accounts.now(parley);
        JsonNode created = create(parley.admin(), "short-lived", now.plusSeconds(120), "\"audit:read\"");
        Api bearer = parley.api().with(Map.of("Authorization", "Bearer " + created.path("token").asText()));
        Accounts.advance(parley, 119);
        assertEquals(200, bearer.get("/api/v1/audit?limit=1").status(), "one second before it expires");
        Accounts.advance(parley, 1);
        Reply expired = bearer.get("/api/v1/audit?limit=1");
        assertEquals(401, expired.status(), "at its expiry: " + expired);
        Reply past = parley.admin().post(TOKENS, "{\"name\": \"past\", \"expiresAt\": \"" + now + "\", "
                + "\"permissions\": [\"audit:read\"]}");
        assertEquals(422, past.status(), "a token cannot be made already expired: " + past);
    }

    @Test
    void aTokenCannotCarryMoreThanItsOwnerHolds(Appliance parley) {
        Accounts.Account member = Accounts.create(parley, "t-" + UUID.randomUUID().toString().substring(0, 8),
                "member");
        Api session = Session.signIn(parley.api(), member.username(), member.password(), null);
        Reply greedy = session.post(TOKENS, "{\"name\": \"greedy\", \"expiresAt\": \"2099-01-01T00:00:00Z\", "
                + "\"permissions\": [\"users:write\"]}");
        assertEquals(422, greedy.status(), greedy::toString);
        assertEquals("permissions", greedy.json().path("field").asText());
        Reply star = session.post(TOKENS, "{\"name\": \"star\", \"expiresAt\": \"2099-01-01T00:00:00Z\", "
                + "\"permissions\": [\"*\"]}");
        assertEquals(422, star.status(), "a member cannot mint a wildcard: " + star);
        JsonNode own = create(session, "own", Instant.parse("2099-01-01T00:00:00Z"), "\"account:self\"");
        Api bearer = parley.api().with(Map.of("Authorization", "Bearer " + own.path("token").asText()));
        assertEquals(200, bearer.get("/api/v1/account").status());
        assertEquals(403, bearer.get("/api/v1/audit").status(), "a member's token reaches no admin route");
        assertEquals(403, bearer.post("/api/v1/account/password", "{\"current\": \"x\", \"new\": \"y\"}").status(),
                "a token cannot change the password");

        JsonNode admins = create(parley.admin(), "admins", Instant.parse("2099-01-01T00:00:00Z"), "\"audit:read\"");
        Reply foreign = session.send(TOKENS + "/" + admins.path("id").asText(), "DELETE", null, null);
        assertEquals(404, foreign.status(), "a member cannot revoke someone else's token by its id: " + foreign);
        assertEquals(200, parley.api().with(Map.of("Authorization", "Bearer " + admins.path("token").asText()))
                .get("/api/v1/audit?limit=1").status(), "the admin's token still works");
        assertEquals(1, session.get(TOKENS).json().size(), "the member sees only its own token");
    }

    private static JsonNode create(Api session, String name, Instant expiresAt, String permissions) {
        return Accounts.expect(201, session.post(TOKENS, "{\"name\": " + Session.quote(name) + ", \"expiresAt\": \""
                + expiresAt + "\", \"permissions\": [" + permissions + "]}")).json();
    }

    /** A fresh admin session's cookie, its CSRF token left behind on purpose. */
    private static String cookieOf(Appliance parley) {
        Accounts.Account admin = parley.adminAccount();
        Reply signIn = Accounts.expect(200, Accounts.attempt(parley, admin.username(), admin.password(),
                Totp.code(admin.totpSecret(), Accounts.now(parley)), Map.of()));
        Accounts.nextStep(parley);
        return Session.headers(signIn).get("Cookie");
    }
}

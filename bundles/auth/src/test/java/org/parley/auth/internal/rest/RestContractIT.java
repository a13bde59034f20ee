package org.parley.auth.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.api.Caller;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.core.UserAdmin;
import org.parley.auth.internal.crypto.Base32;
import org.parley.auth.internal.it.AuthFixture;
import org.parley.auth.internal.mfa.Totp;

/**
 * The REST contract the integrator's tests rely on, through the resource classes on Derby: statuses, headers and
 * JSON field names. The caller is what the front door would set from the session, through the Authenticator.
 */
class RestContractIT extends AuthFixture {

    private static final String NEW_PASSWORD = "violet-harbour-lantern-42";

    private SignInResource signIn;
    private AccountResource account;
    private UsersResource users;
    private String adminPassword;

    @BeforeEach
    void resources() throws Exception {
        AuthCore core = new AuthCore(auth);
        signIn = new SignInResource(core);
        account = new AccountResource(core);
        users = new UsersResource(core);
        auth.firstRun.ensureAdmin(auth.audit);
        adminPassword = Files.readString(varLib.resolve("initial-admin-password")).strip();
    }

    private Response signIn(String username, String password, String code) {
        return signIn.signIn(new Bodies.SignInRequest(username, password, code), FakeRequest.of(CLIENT, null, null));
    }

    private static String cookieOf(Response response) {
        String header = response.getHeaderString("Set-Cookie");
        return header.substring("parley_session=".length(), header.indexOf(';'));
    }

    private Caller callerOf(String cookie, String method, String csrf) {
        return auth.authentication.authenticate(new org.parley.api.rest.Credentials(method, "/api/v1/account",
                Map.of("parley_session", cookie), null, csrf, false, CLIENT)).orElseThrow();
    }

    /** Signs the initial admin in, sets a password and enrols TOTP, all through the resources. */
    private String fullAdminSession() {
        Response first = signIn("admin", adminPassword, null);
        String cookie = cookieOf(first);
        String csrf = Json.tree(first.getEntity()).get("csrfToken").asText();
        Caller restricted = callerOf(cookie, "POST", csrf);
        assertEquals(204, account.changePassword(Map.of("current", adminPassword, "new", NEW_PASSWORD),
                FakeRequest.of(CLIENT, restricted, cookie)).getStatus());
        JsonNode offer = Json.tree(account.startTotp(FakeRequest.of(CLIENT, restricted, cookie)));
        byte[] secret = Base32.decode(offer.get("secret").asText());
        JsonNode codes = Json.tree(account.confirmTotp(new Bodies.CodeRequest(Totp.code(secret, clock.now())),
                FakeRequest.of(CLIENT, restricted, cookie)));
        assertEquals(10, codes.get("recoveryCodes").size());
        clock.advance(Duration.ofSeconds(30));
        return cookieOf(signIn("admin", NEW_PASSWORD, Totp.code(secret, clock.now())));
    }

    @Test
    void signInAnswersTheSessionViewAndASecureCookie() {
        Response response = signIn("admin", adminPassword, null);
        assertEquals(200, response.getStatus());
        String header = response.getHeaderString("Set-Cookie");
        assertTrue(header.matches("parley_session=[A-Za-z0-9_-]{43}; Path=/; Secure; HttpOnly; SameSite=Lax"),
                header);
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        JsonNode body = Json.tree(response.getEntity());
        assertEquals("admin", body.get("username").asText());
        assertEquals("[\"admin\"]", body.get("roles").toString());
        assertTrue(body.get("passwordChangeRequired").asBoolean());
        assertTrue(body.get("mfaEnrolmentRequired").asBoolean());
        assertEquals(43, body.get("csrfToken").asText().length());

        String cookie = cookieOf(response);
        Response session = signIn.session(FakeRequest.of(CLIENT, null, cookie));
        assertEquals(body, Json.tree(session.getEntity()));
        assertEquals(401, assertThrows(ProblemException.class,
                () -> signIn.session(FakeRequest.of(CLIENT, null, null))).status());
    }

    @Test
    void restrictedSessionFinishesOnTheAccountPageThenSignsOut() {
        String cookie = fullAdminSession();
        Caller admin = callerOf(cookie, "GET", null);
        assertTrue(admin.permits("users:write"));
        JsonNode view = Json.tree(account.account(FakeRequest.of(CLIENT, admin, cookie)));
        assertEquals(Set.of("username", "displayName", "roles", "mfaEnrolled", "passwordChangeRequired",
                "mfaEnrolmentRequired"), Set.copyOf(iterable(view)));
        assertTrue(view.get("mfaEnrolled").asBoolean());
        assertFalse(Files.exists(varLib.resolve("initial-admin-password")));

        JsonNode sessions = Json.tree(account.sessions(FakeRequest.of(CLIENT, admin, cookie)));
        assertEquals(2, sessions.size(), "the first, restricted session and this one");
        assertTrue(sessions.get(1).get("current").asBoolean());

        Response out = signIn.signOut(FakeRequest.of(CLIENT, admin, cookie));
        assertEquals(204, out.getStatus());
        assertTrue(out.getHeaderString("Set-Cookie").contains("Max-Age=0"));
        assertEquals(401, assertThrows(ProblemException.class, () -> callerOf(cookie, "GET", null)).status());
    }

    @Test
    void passwordPolicyNamesTheFieldNew() {
        String cookie = cookieOf(signIn("admin", adminPassword, null));
        Caller restricted = callerOf(cookie, "GET", null);
        ProblemException tooCommon = assertThrows(ProblemException.class, () -> account.changePassword(
                Map.of("current", adminPassword, "new", "qwertyuiop123"), FakeRequest.of(CLIENT, restricted, cookie)));
        assertEquals(422, tooCommon.status());
        assertEquals("new", tooCommon.field());
        assertEquals("current", assertThrows(ProblemException.class, () -> account.changePassword(
                Map.of("current", "wrong", "new", NEW_PASSWORD), FakeRequest.of(CLIENT, restricted, cookie)))
                .field());
    }

    @Test
    void tokensAreCreatedShownOnceListedAndRevoked() {
        String cookie = fullAdminSession();
        Caller admin = callerOf(cookie, "GET", null);
        Response created = account.createToken(new Bodies.TokenRequest("ci", clock.now().plus(Duration.ofDays(7)),
                List.of("audit:read", "health:read")), FakeRequest.of(CLIENT, admin, cookie));
        assertEquals(201, created.getStatus());
        JsonNode body = Json.tree(created.getEntity());
        String token = body.get("token").asText();
        Caller viaToken = auth.authentication.authenticate(bearer("GET", token)).orElseThrow();
        assertEquals(Set.of("audit:read", "health:read"), viaToken.permissions());
        JsonNode listed = Json.tree(account.tokens(FakeRequest.of(CLIENT, admin, cookie)));
        assertEquals(1, listed.size());
        assertFalse(listed.get(0).has("token"), "the token is shown only once");
        assertEquals(204, account.revokeToken(body.get("id").asText(), FakeRequest.of(CLIENT, admin, cookie))
                .getStatus());
        assertEquals(401, assertThrows(ProblemException.class,
                () -> auth.authentication.authenticate(bearer("GET", token))).status());
    }

    @Test
    void usersApi() {
        String cookie = fullAdminSession();
        Caller admin = callerOf(cookie, "GET", null);
        Response created = users.create(new Bodies.UserRequest("Nora", "Nora N", "nora@example.org",
                List.of("host")), FakeRequest.of(CLIENT, admin, cookie));
        assertEquals(201, created.getStatus());
        JsonNode nora = Json.tree(created.getEntity());
        String id = nora.get("id").asText();
        assertEquals("nora", nora.get("username").asText());
        assertEquals(16, nora.get("oneTimePassword").asText().length());

        JsonNode page = Json.tree(users.list("nor", "0", "10"));
        assertEquals(1, page.get("total").asLong());
        assertEquals("nora", page.get("items").get(0).get("username").asText());
        assertEquals(422, assertThrows(ProblemException.class, () -> users.list(null, "-1", null)).status());

        JsonNode changed = Json.tree(users.change(id, new UserAdmin.Change(null, true, null, null),
                FakeRequest.of(CLIENT, admin, cookie)));
        assertTrue(changed.get("disabled").asBoolean());
        assertEquals(16, Json.tree(users.resetPassword(id, FakeRequest.of(CLIENT, admin, cookie)))
                .get("oneTimePassword").asText().length());
        assertEquals(204, users.resetMfa(id, FakeRequest.of(CLIENT, admin, cookie)).getStatus());
        assertEquals(204, users.delete(id, FakeRequest.of(CLIENT, admin, cookie)).getStatus());
        assertEquals(404, assertThrows(ProblemException.class, () -> users.get(id)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> users.delete(admin.accountId(),
                FakeRequest.of(CLIENT, admin, cookie))).status(), "not oneself");
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

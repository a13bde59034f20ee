package org.parley.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Accounts as a person would set them up: the first admin from the one-time password file, then others. */
final class Accounts {

    /** What a person must remember to sign in. */
    record Account(String username, String password, String totpSecret) {
    }

    private Accounts() {
    }

    /** Does the first sign-in of the initial admin: new password, TOTP enrolment. */
    static Account firstAdmin(Appliance parley) {
        Path file = parley.home().resolve("var/lib/initial-admin-password");
        Await.until("the initial admin password file exists", () -> Files.isReadable(file));
        String initial = read(file);
        Api restricted = Session.signIn(parley.api(), "admin", initial, null);
        String password = "e2e-Keeper-" + UUID.randomUUID();
        expect(204, restricted.post("/api/v1/account/password",
                "{\"current\": " + Session.quote(initial) + ", \"new\": " + Session.quote(password) + "}"));
        Account admin = new Account("admin", password, enrolTotp(parley, restricted));
        Await.until("the initial password file is deleted", () -> !Files.exists(file));
        return admin;
    }

    /** Enrols TOTP for a restricted or full session; returns the secret. */
    static String enrolTotp(Appliance parley, Api session) {
        Reply start = expect(200, session.post("/api/v1/account/mfa/totp", ""));
        String secret = start.json().path("secret").asText();
        expect(200, session.post("/api/v1/account/mfa/totp/confirm",
                "{\"code\": " + Session.quote(Totp.code(secret, now(parley))) + "}"));
        nextStep(parley);
        return secret;
    }

    private static final Map<String, Map<String, Account>> CREATED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Creates an account with one role through the users API (as the admin), does its first sign-in (new password,
     * and TOTP where the role requires it) and remembers it for {@link #remembered}.
     */
    static Account create(Appliance parley, String username, String role) {
        Reply created = expect(201, parley.admin().post("/api/v1/users", "{\"username\": " + Session.quote(username)
                + ", \"displayName\": " + Session.quote(username) + ", \"email\": "
                + Session.quote(username + "@example.org") + ", \"roles\": [" + Session.quote(role) + "]}"));
        String oneTime = created.json().path("oneTimePassword").asText();
        Reply first = Session.signInReply(parley.api(), username, oneTime, null);
        Api restricted = parley.api().with(Session.headers(first));
        String password = "e2e-Keeper-" + UUID.randomUUID();
        expect(204, restricted.post("/api/v1/account/password",
                "{\"current\": " + Session.quote(oneTime) + ", \"new\": " + Session.quote(password) + "}"));
        String secret = first.json().path("mfaEnrolmentRequired").asBoolean() ? enrolTotp(parley, restricted) : null;
        Account account = new Account(username, password, secret);
        CREATED.computeIfAbsent(parley.home().toString(), home -> new java.util.concurrent.ConcurrentHashMap<>())
                .put(role, account);
        return account;
    }

    /** The account {@link #create} made for the role, or the first admin. */
    static Account remembered(Appliance parley, String role) {
        if ("admin".equals(role)) {
            return parley.adminAccount();
        }
        return CREATED.get(parley.home().toString()).get(role);
    }

    /** Signs in with password and, when enrolled, the current TOTP code. */
    static Api signIn(Appliance parley, Account account) {
        String code = account.totpSecret() == null ? null : Totp.code(account.totpSecret(), now(parley));
        Api session = Session.signIn(parley.api(), account.username(), account.password(), code);
        nextStep(parley);
        return session;
    }

    /** Moves the test clock to the next 30-second step, since a TOTP code is accepted only once. */
    static void nextStep(Appliance parley) {
        Reply moved = expect(200, parley.api().post("/api/v1/testing/clock", "{\"advanceSeconds\": 30}"));
        parley.clockReached(Instant.parse(moved.json().path("now").asText()));
    }

    static Instant now(Appliance parley) {
        return Instant.parse(expect(200, parley.api().get("/api/v1/testing/clock")).json().path("now").asText());
    }

    static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply);
        }
        return reply;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sign-in attempt as an attacker sends it: the raw answer (no retry), with extra headers if given. */
    static Reply attempt(Appliance parley, String username, String password, String code,
            Map<String, String> headers) {
        String body = "{\"username\": " + Session.quote(username) + ", \"password\": " + Session.quote(password)
                + (code == null ? "" : ", \"code\": " + Session.quote(code)) + "}";
        java.util.Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return parley.api().send(java.net.http.HttpRequest.newBuilder(parley.api().uri("/api/v1/auth/sign-in"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)), all);
    }

    /** Moves the test clock forward and remembers how far (a restart puts it back there). */
    static Instant advance(Appliance parley, long seconds) {
        Reply moved = expect(200, parley.api().post("/api/v1/testing/clock", "{\"advanceSeconds\": " + seconds
                + "}"));
        Instant now = Instant.parse(moved.json().path("now").asText());
        parley.clockReached(now);
        return now;
    }

    /** The id of a user, as the admin finds it through the users API. */
    static String userId(Appliance parley, String username) {
        com.fasterxml.jackson.databind.JsonNode items = expect(200, liveAdmin(parley).get("/api/v1/users?q="
                + username)).json().path("items");
        for (com.fasterxml.jackson.databind.JsonNode user : items) {
            if (username.equals(user.path("username").asText())) {
                return user.path("id").asText();
            }
        }
        throw new AssertionError("no user " + username + " in " + items);
    }

    /** The audit records of one action on one target, oldest first, as the admin reads them. */
    static java.util.List<com.fasterxml.jackson.databind.JsonNode> audit(Appliance parley, String action,
            String target) {
        Reply reply = expect(200, liveAdmin(parley).get("/api/v1/audit?limit=1000&action=" + action + "&target="
                + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8)));
        java.util.List<com.fasterxml.jackson.databind.JsonNode> records = new java.util.ArrayList<>();
        reply.json().forEach(records::add);
        return records;
    }

    /** The values in force of one settings PID (attribute id to value as text), as the admin reads them. */
    static Map<String, String> settings(Appliance parley, String pid) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        expect(200, liveAdmin(parley).get("/api/v1/settings/" + pid)).json().path("attributes")
                .forEach(attribute -> values.put(attribute.path("id").asText(), attribute.path("value").asText()));
        return values;
    }

    /**
     * The admin's client, signed in again first if its session has ended (tests that move the clock by 15 minutes
     * or more end it). Checks with a background request, which does not count as activity.
     */
    static Api liveAdmin(Appliance parley) {
        if (parley.admin().get("/api/v1/account", Map.of("X-Parley-Background", "1")).status() == 401) {
            return parley.signInAdminAgain();
        }
        return parley.admin();
    }
}

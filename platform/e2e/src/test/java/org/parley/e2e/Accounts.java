package org.parley.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
}

package org.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Signs in through {@code POST /api/v1/auth/sign-in} and gives a client that carries the session. */
final class Session {

    static final String COOKIE = "parley_session";

    private Session() {
    }

    /** The signed-in client, or an AssertionError with the server's answer. */
    static Api signIn(Api anonymous, String username, String password, String code) {
        return anonymous.with(headers(signInReply(anonymous, username, password, code)));
    }

    /** The answer of a successful sign-in (its body says what the account must do first). */
    static Reply signInReply(Api anonymous, String username, String password, String code) {
        String body = "{\"username\": " + quote(username) + ", \"password\": " + quote(password)
                + (code == null ? "" : ", \"code\": " + quote(code)) + "}";
        Reply reply = anonymous.post("/api/v1/auth/sign-in", body);
        for (int tries = 0; (reply.status() == 503 || reply.status() == 404) && tries < 60; tries++) {
            // Accounts answer 503 while their database is not ready yet (just after a start or an outage), and
            // the route is missing (404) for the moment the auth bundle's resources are being (re)registered.
            Appliance.pause(500);
            reply = anonymous.post("/api/v1/auth/sign-in", body);
        }
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + reply);
        }
        return reply;
    }

    /** The cookie and CSRF headers that a sign-in answer hands out. */
    static Map<String, String> headers(Reply signIn) {
        String cookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(COOKIE + "="))
                .map(value -> value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + signIn.headers().map()));
        JsonNode body = signIn.json();
        return Map.of("Cookie", cookie, "X-CSRF-Token", body.path("csrfToken").asText());
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

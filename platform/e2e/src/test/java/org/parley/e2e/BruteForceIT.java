package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Password guessing over real HTTPS, as an attacker behind the appliance's trusted proxy (127.0.0.1) would try it:
 * each {@code X-Forwarded-For: 203.0.113.x} is a client address of its own. The thresholds are read from
 * {@code GET /api/v1/settings/org.parley.auth.BruteForce}; every wait and lock runs on the test clock. Boots its own
 * appliance: it locks accounts and throttles addresses.
 */
class BruteForceIT {

    private static final String PID = "org.parley.auth.BruteForce";
    private static final String WRONG = "not-the-password-" + UUID.randomUUID();

    @RegisterExtension
    static final OwnAppliance PARLEY = new OwnAppliance();

    private static Map<String, String> thresholds;

    @Test
    void failuresSlowDownTheNextAttemptEvenWithTheRightPassword() {
        Accounts.Account user = member();
        Map<String, String> from = address(40);
        for (int i = 0; i < threshold("delayAfterFailures"); i++) {
            assertEquals(401, Accounts.attempt(parley(), user.username(), WRONG, null, from).status());
        }
        Reply tooSoon = Accounts.attempt(parley(), user.username(), user.password(), null, from);
        assertEquals(401, tooSoon.status(), "the right password inside the wait is refused: " + tooSoon);
        Accounts.advance(parley(), threshold("delayBaseSeconds"));
        assertEquals(200, Accounts.attempt(parley(), user.username(), user.password(), null, from).status(),
                "after the wait (" + threshold("delayBaseSeconds") + " s of clock) the right password works");
        assertReason(user.username(), "too soon after a failure", 1);
    }

    @Test
    void nFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockTimeHasPassed() {
        Accounts.Account user = member();
        Map<String, String> from = address(10);
        int lockAfter = threshold("lockAfterFailures");
        Reply wrong = null;
        for (int i = 0; i < lockAfter; i++) {
            Accounts.advance(parley(), threshold("delayMaxSeconds"));
            wrong = Accounts.attempt(parley(), user.username(), WRONG, null, from);
            assertEquals(401, wrong.status(), wrong::toString);
        }
        Reply locked = Accounts.attempt(parley(), user.username(), user.password(), null, address(11));
        assertEquals(401, locked.status(), "locked: the right password, from another address, is refused");
        assertEquals(wrong.body(), locked.body(), "a lock looks exactly like a wrong password");
        String id = Accounts.userId(parley(), user.username());
        assertTrue(Accounts.liveAdmin(parley()).get("/api/v1/users/" + id).json().path("locked").asBoolean(), "admins see the lock");

        Accounts.advance(parley(), threshold("lockMinutes") * 60L - 1);
        assertEquals(401, Accounts.attempt(parley(), user.username(), user.password(), null, from).status(),
                "one second before the lock ends");
        Accounts.advance(parley(), 1);
        Reply unlocked = Accounts.attempt(parley(), user.username(), user.password(), null, from);
        assertEquals(200, unlocked.status(), "the lock ended after " + threshold("lockMinutes") + " min of clock: "
                + unlocked);

        assertReason(user.username(), "wrong password", lockAfter);
        assertReason(user.username(), "locked", 2);
        assertEquals(1, Accounts.audit(parley(), "auth.lock", user.username()).size(), "the lock is audited once");
        assertEquals(1, Accounts.audit(parley(), "auth.unlock", user.username()).size(), "the unlock is audited");
        assertTrue(Accounts.audit(parley(), "auth.sign-in", user.username()).stream()
                .anyMatch(r -> r.path("outcome").asText().equals("SUCCESS")));
    }

    @Test
    void manyFailuresFromOneAddressThrottleThatAddressOnlyNotTheOtherUsersOfTheProxy() {
        Accounts.Account user = member();
        Map<String, String> attacker = address(20);
        int maxFailures = threshold("addressMaxFailures");
        spray(maxFailures, attacker);
        Reply throttled = Accounts.attempt(parley(), user.username(), user.password(), null, attacker);
        assertEquals(429, throttled.status(), "the attacker's address is throttled, even with a right password");
        Reply spoofed = Accounts.attempt(parley(), user.username(), user.password(), null,
                Map.of("X-Forwarded-For", "198.51.100.77, 203.0.113.20"));
        assertEquals(429, spoofed.status(), "a made-up left part of X-Forwarded-For does not escape the throttle");

        assertEquals(200, Accounts.attempt(parley(), user.username(), user.password(), null, address(21)).status(),
                "the same user from another address behind the same proxy signs in");
        assertEquals(200, Accounts.attempt(parley(), user.username(), user.password(), null, Map.of()).status(),
                "the proxy's own address is not throttled");

        Accounts.advance(parley(), threshold("addressWindowMinutes") * 60L - 1);
        assertEquals(429, Accounts.attempt(parley(), user.username(), user.password(), null, attacker).status(),
                "one second before the window has passed");
        Accounts.advance(parley(), 2);
        assertEquals(200, Accounts.attempt(parley(), user.username(), user.password(), null, attacker).status(),
                "the throttle ends once the failures are older than the window");
        List<JsonNode> audited = Accounts.audit(parley(), "auth.sign-in", user.username());
        assertTrue(audited.stream().anyMatch(r -> r.path("details").path("reason").asText().equals("address throttled")
                && r.path("clientAddress").asText().equals("203.0.113.20")), "the throttled attempt is audited");
    }

    @Test
    void anUnknownUserAndAWrongPasswordAnswerAlikeInStatusBodyHeadersAndCost() {
        Accounts.Account user = member();
        List<Long> knownMillis = new ArrayList<>();
        List<Long> unknownMillis = new ArrayList<>();
        Reply known = null;
        Reply unknown = null;
        for (int i = 0; i < 3; i++) {
            Accounts.advance(parley(), threshold("delayMaxSeconds"));
            long start = System.nanoTime();
            known = Accounts.attempt(parley(), user.username(), WRONG, null, address(30));
            knownMillis.add((System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            unknown = Accounts.attempt(parley(), "nobody-" + UUID.randomUUID(), WRONG, null, address(31));
            unknownMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        assertEquals(401, known.status());
        assertEquals(known.status(), unknown.status());
        assertEquals(known.body(), unknown.body());
        assertEquals(withoutDate(known), withoutDate(unknown), "headers other than Date");
        long knownMedian = knownMillis.stream().sorted().toList().get(1);
        long unknownMedian = unknownMillis.stream().sorted().toList().get(1);
        assertTrue(unknownMedian * 3 > knownMedian, "an unknown user costs an argon2id run too: known "
                + knownMillis + " ms, unknown " + unknownMillis + " ms");
        assertReason(user.username(), "wrong password", 3);
    }

    /** Wrong passwords for as many unknown names, from one address, two at a time (each costs an argon2id run). */
    private static void spray(int failures, Map<String, String> from) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < failures; i++) {
                String name = "spray-" + i + "-" + UUID.randomUUID();
                sent.add(pool.submit(() -> Accounts.attempt(parley(), name, WRONG, null, from)));
            }
            for (Future<Reply> attempt : sent) {
                Reply reply = attempt.get(30, TimeUnit.SECONDS);
                assertEquals(401, reply.status(), reply::toString);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("spraying failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, List<String>> withoutDate(Reply reply) {
        Map<String, List<String>> headers = new TreeMap<>();
        reply.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date")) {
                headers.put(name.toLowerCase(Locale.ROOT), values);
            }
        });
        return headers;
    }

    private static void assertReason(String username, String reason, int times) {
        long found = Accounts.audit(parley(), "auth.sign-in", username).stream()
                .filter(r -> r.path("outcome").asText().equals("FAILURE"))
                .filter(r -> r.path("details").path("reason").asText().equals(reason)).count();
        assertEquals(times, found, "audited sign-in failures of " + username + " for " + reason);
    }

    /** A threshold as the admin reads it from the settings API (read once per class). */
    private static int threshold(String attribute) {
        if (thresholds == null) {
            thresholds = Accounts.settings(parley(), PID);
        }
        String value = thresholds.get(attribute);
        if (value == null) {
            throw new AssertionError(PID + " has no " + attribute + ": " + thresholds);
        }
        return Integer.parseInt(value);
    }

    private static Map<String, String> address(int last) {
        return Map.of("X-Forwarded-For", "203.0.113." + last);
    }

    private static Accounts.Account member() {
        return Accounts.create(parley(), "b-" + UUID.randomUUID().toString().substring(0, 8), "member");
    }

    private static Appliance parley() {
        return PARLEY.get();
    }
}

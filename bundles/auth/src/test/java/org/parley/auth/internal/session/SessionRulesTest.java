package org.parley.auth.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.ClientAddress;
import org.parley.api.rest.Credentials;

class SessionRulesTest {

    private static final long T0 = 1_000_000_000L;
    private final SessionLimits limits = new SessionLimits(Duration.ofMinutes(15), Duration.ofHours(12), "");
    private final SessionRecord session = new SessionRecord("s", "a", "csrf-123", "127.0.0.1", T0, T0);

    private static Credentials request(String method, String csrf) {
        return new Credentials(method, "/api/v1/account", Map.of(), null, csrf, false,
                new ClientAddress(InetAddress.getLoopbackAddress(), true));
    }

    @Test
    void idleTimeout() {
        assertFalse(SessionRules.expired(session, T0 + Duration.ofMinutes(15).toMillis() - 1, limits));
        assertTrue(SessionRules.expired(session, T0 + Duration.ofMinutes(15).toMillis(), limits));
    }

    @Test
    void absoluteLifetimeEvenWhenActive() {
        long now = T0 + Duration.ofHours(12).toMillis();
        SessionRecord active = new SessionRecord("s", "a", "c", "127.0.0.1", T0, now - 1000);
        assertFalse(SessionRules.expired(active, now - 1, limits));
        assertTrue(SessionRules.expired(active, now, limits));
    }

    @Test
    void secondsLeftCountFromTheLastActivityAndTheSignIn() {
        long now = T0 + Duration.ofMinutes(14).toMillis() + 500;
        long touchedAt = T0 + Duration.ofMinutes(10).toMillis();
        SessionRecord touched = new SessionRecord("s", "a", "c", "127.0.0.1", T0, touchedAt);
        assertEquals(59, SessionRules.idleSecondsLeft(session, now, limits), "rounded down: never promises too much");
        assertEquals(10 * 60 + 59, SessionRules.idleSecondsLeft(touched, now, limits), "activity moved the end");
        assertEquals(Duration.ofHours(12).minusMinutes(14).toSeconds() - 1,
                SessionRules.absoluteSecondsLeft(session, now, limits));
        assertEquals(0, SessionRules.idleSecondsLeft(session, T0 + Duration.ofHours(1).toMillis(), limits),
                "never negative");
    }

    @Test
    void csrfNeededOnlyForStateChangingMethods() {
        assertTrue(SessionRules.csrfAccepted(request("GET", null), session));
        assertTrue(SessionRules.csrfAccepted(request("HEAD", null), session));
        assertTrue(SessionRules.csrfAccepted(request("POST", "csrf-123"), session));
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertFalse(SessionRules.csrfAccepted(request(method, null), session), method + " without a token");
            assertFalse(SessionRules.csrfAccepted(request(method, "csrf-124"), session), method + " wrong token");
            assertFalse(SessionRules.csrfAccepted(request(method, ""), session), method + " empty token");
        }
    }
}

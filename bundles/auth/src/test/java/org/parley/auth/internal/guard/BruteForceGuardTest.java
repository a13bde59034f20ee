package org.parley.auth.internal.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.auth.internal.guard.BruteForceGuard.Kind;
import org.parley.auth.internal.testing.TestClock;

class BruteForceGuardTest {

    private static final String PROXY = "192.0.2.10";
    private final TestClock clock = new TestClock();
    private final BruteForcePolicy policy = new BruteForcePolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8), 6,
            Duration.ofMinutes(15), 20, Duration.ofMinutes(15));
    private final BruteForceGuard guard = new BruteForceGuard(() -> policy);

    private Kind check(String name, String address) {
        return guard.check(name, address, clock.now()).kind();
    }

    @Test
    void delayGrowsAfterTheThresholdAndIsCapped() {
        assertEquals(Duration.ZERO, policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(1), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(2), policy.delayAfter(4));
        assertEquals(Duration.ofSeconds(4), policy.delayAfter(5));
        assertEquals(Duration.ofSeconds(8), policy.delayAfter(9));
    }

    @Test
    void waitsThenLocksThenUnlocksWhenTheLockExpires() {
        for (int i = 1; i <= 2; i++) {
            assertFalse(guard.recordFailure("alice", PROXY, clock.now()));
            assertEquals(Kind.ALLOWED, check("alice", PROXY), "no wait after failure " + i);
        }
        guard.recordFailure("alice", PROXY, clock.now());
        assertEquals(Kind.ACCOUNT_WAIT, check("alice", PROXY));
        clock.advance(Duration.ofMillis(999));
        assertEquals(Kind.ACCOUNT_WAIT, check("alice", PROXY));
        clock.advance(Duration.ofMillis(1));
        assertEquals(Kind.ALLOWED, check("alice", PROXY));
        guard.recordFailure("alice", PROXY, clock.now());
        guard.recordFailure("alice", PROXY, clock.now());
        assertTrue(guard.recordFailure("alice", PROXY, clock.now()), "the 6th failure locks");
        assertEquals(Kind.ACCOUNT_LOCKED, check("alice", PROXY));
        assertTrue(guard.isLocked("ALICE", clock.now()), "names ignore case");
        clock.advance(Duration.ofMinutes(15).minusMillis(1));
        assertEquals(Kind.ACCOUNT_LOCKED, check("alice", PROXY));
        clock.advance(Duration.ofMillis(1));
        BruteForceGuard.Verdict after = guard.check("alice", PROXY, clock.now());
        assertEquals(Kind.ALLOWED, after.kind());
        assertTrue(after.unlocked(), "the first attempt after the lock reports the unlock");
        assertFalse(guard.check("alice", PROXY, clock.now()).unlocked(), "only once");
    }

    @Test
    void oneUserBehindAProxyDoesNotLockOutTheOthers() {
        for (int i = 0; i < 6; i++) {
            guard.recordFailure("mallory", PROXY, clock.now());
        }
        assertEquals(Kind.ACCOUNT_LOCKED, check("mallory", PROXY));
        assertEquals(Kind.ALLOWED, check("bob", PROXY), "bob, behind the same proxy, is not affected");
    }

    @Test
    void anAddressFailingOftenIsThrottledWhateverNamesItTries() {
        for (int i = 0; i < 20; i++) {
            guard.recordFailure("user" + i, "198.51.100.7", clock.now());
        }
        assertEquals(Kind.ADDRESS_THROTTLED, check("someone-else", "198.51.100.7"));
        assertEquals(Kind.ALLOWED, check("someone-else", "198.51.100.8"), "another address is not throttled");
        clock.advance(Duration.ofMinutes(15).plusMillis(1));
        assertEquals(Kind.ALLOWED, check("someone-else", "198.51.100.7"), "the window passed");
    }

    @Test
    void successClearsTheNameAndAnAdminCanUnlock() {
        guard.recordFailure("alice", PROXY, clock.now());
        guard.recordFailure("alice", PROXY, clock.now());
        guard.recordSuccess("alice");
        guard.recordFailure("alice", PROXY, clock.now());
        assertEquals(Kind.ALLOWED, check("alice", PROXY), "the count started again");
        for (int i = 0; i < 6; i++) {
            guard.recordFailure("carol", PROXY, clock.now());
        }
        assertTrue(guard.unlock("carol"));
        assertEquals(Kind.ALLOWED, check("carol", PROXY));
        assertFalse(guard.unlock("carol"), "not locked any more");
    }
}

package org.parley.auth.internal.guard;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts failed sign-ins per user name (known or not, so the defence itself reveals nothing about which names
 * exist) and per resolved client address. Per name: after a few failures each attempt must wait a growing delay,
 * then the name is locked for a while. Per address: too many failures in a window throttle that address only, so
 * one user behind a trusted proxy cannot lock out the other users of that proxy (their names have their own counts,
 * and the front door resolves each caller's own address from {@code X-Forwarded-For}). State is in memory: a
 * restart forgets it. Thread-safe (one lock; the work under it is tiny).
 */
public final class BruteForceGuard {

    /** What an attempt may do. {@code unlocked} is true when this attempt found an expired lock and lifted it. */
    public record Verdict(Kind kind, boolean unlocked) {
    }

    /** Whether an attempt may go ahead. */
    public enum Kind { ALLOWED, ACCOUNT_WAIT, ACCOUNT_LOCKED, ADDRESS_THROTTLED }

    private static final int MAX_TRACKED = 100_000;

    private static final class NameState {
        int failures;
        Instant notBefore = Instant.MIN;
        Instant lockedUntil;
    }

    private final Supplier<BruteForcePolicy> policy;
    private final Map<String, NameState> names = new HashMap<>();
    private final Map<String, Deque<Instant>> addresses = new HashMap<>();

    public BruteForceGuard(Supplier<BruteForcePolicy> policy) {
        this.policy = policy;
    }

    public synchronized Verdict check(String username, String address, Instant now) {
        BruteForcePolicy p = policy.get();
        Deque<Instant> recent = addresses.get(address);
        if (recent != null) {
            prune(recent, now.minus(p.addressWindow()));
            if (recent.size() >= p.addressMaxFailures()) {
                return new Verdict(Kind.ADDRESS_THROTTLED, false);
            }
        }
        NameState state = names.get(key(username));
        if (state == null) {
            return new Verdict(Kind.ALLOWED, false);
        }
        if (state.lockedUntil != null) {
            if (now.isBefore(state.lockedUntil)) {
                return new Verdict(Kind.ACCOUNT_LOCKED, false);
            }
            names.remove(key(username));
            return new Verdict(Kind.ALLOWED, true);
        }
        return new Verdict(now.isBefore(state.notBefore) ? Kind.ACCOUNT_WAIT : Kind.ALLOWED, false);
    }

    /** Counts a failure; returns true when it locked the name. */
    public synchronized boolean recordFailure(String username, String address, Instant now) {
        BruteForcePolicy p = policy.get();
        if (names.size() > MAX_TRACKED || addresses.size() > MAX_TRACKED) {
            forgetOld(now, p);
        }
        addresses.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(now);
        NameState state = names.computeIfAbsent(key(username), n -> new NameState());
        state.failures++;
        if (state.failures >= p.lockAfterFailures()) {
            state.lockedUntil = now.plus(p.lockDuration());
            return true;
        }
        state.notBefore = now.plus(p.delayAfter(state.failures));
        return false;
    }

    /** A successful sign-in clears the name's failures (not the address's). */
    public synchronized void recordSuccess(String username) {
        names.remove(key(username));
    }

    /** Lifts a lock by hand (an admin's password reset); true when the name was locked. */
    public synchronized boolean unlock(String username) {
        NameState state = names.remove(key(username));
        return state != null && state.lockedUntil != null;
    }

    public synchronized boolean isLocked(String username, Instant now) {
        NameState state = names.get(key(username));
        return state != null && state.lockedUntil != null && now.isBefore(state.lockedUntil);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static void prune(Deque<Instant> recent, Instant since) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }

    private void forgetOld(Instant now, BruteForcePolicy p) {
        Instant since = now.minus(p.addressWindow());
        addresses.values().forEach(recent -> prune(recent, since));
        addresses.values().removeIf(Deque::isEmpty);
        Iterator<NameState> it = names.values().iterator();
        while (it.hasNext()) {
            NameState state = it.next();
            boolean lockOver = state.lockedUntil == null || !now.isBefore(state.lockedUntil);
            if (lockOver && now.isAfter(state.notBefore.plus(p.lockDuration()))) {
                it.remove();
            }
        }
    }
}

package org.parley.meetings.internal.join;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts failed join attempts in sliding windows on the appliance {@code Clock}: per client address (a wrong
 * passcode or an unknown meeting id; IPv6 callers by their /64, which one host usually holds whole) and per meeting
 * (a wrong passcode, whoever sends it, so many addresses together cannot guess either). Over a limit the caller
 * waits until the oldest failure in the window is older than the window. Thread-safe; a ticker prunes old entries.
 */
public final class PasscodeThrottle {

    private static final int IPV6_PREFIX_BYTES = 8;

    private final int perAddress;
    private final int perMeeting;
    private final Duration window;
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private final Map<String, Deque<Instant>> byMeeting = new HashMap<>();

    /**
     * @param perAddress failures one address may make within the window
     * @param perMeeting wrong passcodes one meeting accepts within the window
     * @param window how far back failures count
     */
    public PasscodeThrottle(int perAddress, int perMeeting, Duration window) {
        this.perAddress = perAddress;
        this.perMeeting = perMeeting;
        this.window = window;
    }

    /** Whole seconds the caller must wait before trying (at least 1), or 0 when it may try now. */
    public synchronized long retryAfter(InetAddress address, String meetingId, Instant now) {
        long wait = wait(byAddress.get(key(address)), perAddress, now);
        return meetingId == null ? wait : Math.max(wait, wait(byMeeting.get(meetingId), perMeeting, now));
    }

    /** Counts a failure of the address, and of the meeting when it exists ({@code meetingId} not null). */
    public synchronized void failed(InetAddress address, String meetingId, Instant now) {
        add(byAddress, key(address), perAddress, now);
        if (meetingId != null) {
            add(byMeeting, meetingId, perMeeting, now);
        }
    }

    /** Forgets failures older than the window. */
    public synchronized void prune(Instant now) {
        prune(byAddress, now);
        prune(byMeeting, now);
    }

    static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            StringBuilder prefix = new StringBuilder("v6:");
            for (int i = 0; i < IPV6_PREFIX_BYTES; i++) {
                prefix.append(String.format("%02x", bytes[i]));
            }
            return prefix.toString();
        }
        return address.getHostAddress();
    }

    private long wait(Deque<Instant> failures, int limit, Instant now) {
        if (failures == null) {
            return 0;
        }
        failures.removeIf(at -> !at.plus(window).isAfter(now));
        if (failures.size() < limit) {
            return 0;
        }
        long millis = Duration.between(now, failures.peekFirst().plus(window)).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    private void add(Map<String, Deque<Instant>> counts, String key, int limit, Instant now) {
        Deque<Instant> failures = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        failures.addLast(now);
        while (failures.size() > limit) {
            failures.removeFirst();
        }
    }

    private void prune(Map<String, Deque<Instant>> counts, Instant now) {
        counts.values().removeIf(failures -> {
            failures.removeIf(at -> !at.plus(window).isAfter(now));
            return failures.isEmpty();
        });
    }
}

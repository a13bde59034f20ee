package org.parley.meetings.internal.join;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasscodeThrottleTest {

    private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
    private static final String MEETING = "AAAAAAAAAAAAAAAAAAAAAA";

    private final PasscodeThrottle throttle = new PasscodeThrottle(3, 5, Duration.ofMinutes(10));

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    @Test
    void anAddressWaitsAfterItsLimitUntilItsOldestFailureLeavesTheWindow() throws Exception {
        InetAddress a = ip("192.0.2.1");
        throttle.failed(a, null, T0);
        throttle.failed(a, null, T0.plusSeconds(60));
        assertEquals(0, throttle.retryAfter(a, null, T0.plusSeconds(61)));
        throttle.failed(a, null, T0.plusSeconds(120));
        assertEquals(479, throttle.retryAfter(a, null, T0.plusSeconds(121)));
        assertEquals(0, throttle.retryAfter(ip("192.0.2.2"), null, T0.plusSeconds(121)), "others are not held");
        assertEquals(1, throttle.retryAfter(a, null, T0.plusMillis(599_500)), "rounded up, at least 1");
        assertEquals(0, throttle.retryAfter(a, null, T0.plusSeconds(600)), "the oldest left the window");
    }

    @Test
    void aMeetingWaitsAfterItsLimitWhateverTheAddresses() throws Exception {
        for (int i = 1; i <= 5; i++) {
            throttle.failed(ip("198.51.100." + i), MEETING, T0.plusSeconds(i));
        }
        assertEquals(596, throttle.retryAfter(ip("203.0.113.9"), MEETING, T0.plusSeconds(5)));
        assertEquals(0, throttle.retryAfter(ip("203.0.113.9"), "BBBBBBBBBBBBBBBBBBBBBB", T0.plusSeconds(5)));
        assertEquals(0, throttle.retryAfter(ip("203.0.113.9"), null, T0.plusSeconds(5)));
    }

    @Test
    void ipv6CallersCountByTheirSlash64() throws Exception {
        throttle.failed(ip("2001:db8:1:2::1"), null, T0);
        throttle.failed(ip("2001:db8:1:2::2"), null, T0);
        throttle.failed(ip("2001:db8:1:2:ffff::3"), null, T0);
        assertEquals(600, throttle.retryAfter(ip("2001:db8:1:2::99"), null, T0));
        assertEquals(0, throttle.retryAfter(ip("2001:db8:1:3::1"), null, T0));
    }

    @Test
    void pruningForgetsOnlyWhatLeftTheWindow() throws Exception {
        InetAddress a = ip("192.0.2.1");
        for (int i = 0; i < 3; i++) {
            throttle.failed(a, MEETING, T0.plusSeconds(i * 300L));
        }
        throttle.prune(T0.plusSeconds(601));
        assertEquals(0, throttle.retryAfter(a, MEETING, T0.plusSeconds(601)));
        throttle.failed(a, MEETING, T0.plusSeconds(602));
        assertEquals(298, throttle.retryAfter(a, MEETING, T0.plusSeconds(602)));
    }
}

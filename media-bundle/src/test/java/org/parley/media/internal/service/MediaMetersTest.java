package org.parley.media.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.forwarding.TrafficTotals;

class MediaMetersTest {
    private volatile TrafficTotals totals = new TrafficTotals(10, 1000, 20, 2000, Map.of("not-forwarded", 3L), 1, 2);
    private final MediaStatistics statistics = new MediaStatistics() {
        @Override
        public Report report() {
            return new Report(List.of(), totals);
        }

        @Override
        public TrafficTotals totals() {
            return totals;
        }

        @Override
        public String unavailable() {
            return null;
        }
    };
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void countersAndGaugesReadTheServiceTotals() {
        MediaMeters meters = new MediaMeters(registry, statistics);

        assertEquals(10, registry.get("parley.media.packets").tag("direction", "in").functionCounter().count());
        assertEquals(20, registry.get("parley.media.packets").tag("direction", "out").functionCounter().count());
        assertEquals(2000, registry.get("parley.media.bytes").tag("direction", "out").functionCounter().count());
        assertEquals(3, registry.get("parley.media.packets.dropped").tag("reason", "not-forwarded")
                .functionCounter().count());
        assertEquals(1, registry.get("parley.media.conferences").gauge().value());
        assertEquals(2, registry.get("parley.media.legs").gauge().value());
        meters.deactivate();
    }

    @Test
    void theTotalsAreSummedOnceForAllMetersOfAScrape() {
        MediaMeters meters = new MediaMeters(registry, statistics, Long.MAX_VALUE);
        totals = new TrafficTotals(11, 1100, 20, 2000, Map.of(), 1, 2);

        assertEquals(10, registry.get("parley.media.packets").tag("direction", "in").functionCounter().count());
        meters.deactivate();
    }

    @Test
    void reasonsThatAppearLaterGetTheirCounterAndStoppingRemovesEverything() {
        MediaMeters meters = new MediaMeters(registry, statistics, 0);
        assertNull(registry.find("parley.media.packets.dropped").tag("reason", "srtp-decrypt").functionCounter());
        totals = new TrafficTotals(10, 1000, 20, 2000, Map.of("not-forwarded", 3L, "srtp-decrypt", 4L), 1, 2);

        meters.registerNewReasons();

        assertEquals(4, registry.get("parley.media.packets.dropped").tag("reason", "srtp-decrypt")
                .functionCounter().count());
        meters.deactivate();
        assertEquals(0, registry.getMeters().size());
    }
}

package org.parley.signaling.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.signaling.internal.testing.MovableClock;

class TokenBucketTest {

    final MovableClock clock = new MovableClock();
    final TokenBucket bucket = new TokenBucket(clock, 20, 40);

    @Test
    void theBurstPassesAtOnceThenNothing() {
        assertEquals(40, take(100));
        assertFalse(bucket.tryTake());
    }

    @Test
    void tokensFlowBackAtTheRate() {
        take(40);
        clock.advance(Duration.ofMillis(49));
        assertFalse(bucket.tryTake());
        clock.advance(Duration.ofMillis(1));
        assertTrue(bucket.tryTake());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(20, take(100));
    }

    @Test
    void anIdleBucketHoldsAtMostTheBurst() {
        take(40);
        clock.advance(Duration.ofHours(1));
        assertEquals(40, take(100));
    }

    @Test
    void aClockSetBackNeitherRefillsNorBreaks() {
        take(40);
        clock.advance(Duration.ofSeconds(-30));
        assertFalse(bucket.tryTake());
        clock.advance(Duration.ofMillis(50));
        assertTrue(bucket.tryTake());
    }

    private int take(int attempts) {
        int taken = 0;
        for (int i = 0; i < attempts; i++) {
            taken += bucket.tryTake() ? 1 : 0;
        }
        return taken;
    }
}

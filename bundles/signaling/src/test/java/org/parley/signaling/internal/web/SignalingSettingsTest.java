package org.parley.signaling.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignalingSettingsTest {

    @Test
    void theDefaultsAreTheProtocolsLimits() {
        SignalingSettings settings = SignalingSettings.from(config(65536, 20, 40, 10));
        assertEquals(65536, settings.maxFrameBytes());
        assertEquals(20, settings.limits().messagesPerSecond());
        assertEquals(40, settings.limits().burst());
        assertEquals(Duration.ofSeconds(10), settings.limits().joinTimeout());
    }

    @Test
    void aBadValueFailsNamingThePidAndAttribute() {
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> SignalingSettings.from(config(65536, 0, 40, 10)));
        assertEquals("org.parley.signaling.Limits: messagesPerSecond: must be 1 to 1000, not 0", rate.getMessage());
        IllegalArgumentException frame = assertThrows(IllegalArgumentException.class,
                () -> SignalingSettings.from(config(10, 20, 40, 10)));
        assertTrue(frame.getMessage().startsWith("org.parley.signaling.Limits: maxFrameBytes:"));
        IllegalArgumentException origin = assertThrows(IllegalArgumentException.class,
                () -> SignalingSettings.from(config(65536, 20, 40, 10, "portal.example.org")));
        assertTrue(origin.getMessage().startsWith("org.parley.signaling.Limits: allowedOrigins:"));
    }

    static SignalingSettings.Config config(int frame, int rate, int burst, int join, String... origins) {
        return new SignalingSettings.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SignalingSettings.Config.class;
            }

            @Override
            public int maxFrameBytes() {
                return frame;
            }

            @Override
            public int messagesPerSecond() {
                return rate;
            }

            @Override
            public int burst() {
                return burst;
            }

            @Override
            public String[] allowedOrigins() {
                return origins;
            }

            @Override
            public int joinTimeoutSeconds() {
                return join;
            }
        };
    }
}

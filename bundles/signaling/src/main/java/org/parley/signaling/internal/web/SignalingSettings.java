package org.parley.signaling.internal.web;

import java.time.Duration;
import java.util.Arrays;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.signaling.internal.connection.ConnectionLimits;

/**
 * The endpoint's settings (PID {@value #PID}), checked: a bad value fails the component with a message naming the
 * PID and the attribute.
 *
 * @param maxFrameBytes the largest text or binary message; bigger ones close the connection with 1009
 * @param limits what one connection may do
 * @param origins which pages may open the WebSocket
 */
public record SignalingSettings(int maxFrameBytes, ConnectionLimits limits, OriginPolicy origins) {

    static final String PID = "org.parley.signaling.Limits";

    /** Frames a slow reader may leave unread before it is closed (1008); a welcome and a burst of events fit. */
    static final int QUEUED_FRAMES = 512;

    @ObjectClassDefinition(id = PID, name = "Parley signaling limits",
            description = "Limits of the meeting WebSocket (/ws), per connection, and the pages that may open it.")
    public @interface Config {
        @AttributeDefinition(name = "Largest message (bytes)", min = "1024", max = "1048576",
                description = "A bigger frame closes the connection with 1009.")
        int maxFrameBytes() default 65536;

        @AttributeDefinition(name = "Messages per second", min = "1", max = "1000",
                description = "Sustained rate a client may send; over it messages get a too-many error.")
        int messagesPerSecond() default 20;

        @AttributeDefinition(name = "Burst", min = "1", max = "10000",
                description = "Messages a client may send at once before the rate applies.")
        int burst() default 40;

        @AttributeDefinition(name = "Allowed origins", required = false,
                description = "Origins (https://host[:port]) of other pages that may open the WebSocket, besides "
                        + "Parley's own address. Empty: Parley's own pages only.")
        String[] allowedOrigins() default {};

        @AttributeDefinition(name = "Join timeout (seconds)", min = "1", max = "300",
                description = "Time after opening the WebSocket within which the join message must come "
                        + "(else close 4005).")
        int joinTimeoutSeconds() default 10;
    }

    /** @throws IllegalArgumentException naming the PID and the attribute */
    static SignalingSettings from(Config config) {
        int frame = inRange("maxFrameBytes", config.maxFrameBytes(), 1024, 1_048_576);
        int rate = inRange("messagesPerSecond", config.messagesPerSecond(), 1, 1000);
        int burst = inRange("burst", config.burst(), 1, 10_000);
        int join = inRange("joinTimeoutSeconds", config.joinTimeoutSeconds(), 1, 300);
        OriginPolicy origins;
        try {
            origins = new OriginPolicy(Arrays.asList(config.allowedOrigins()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": allowedOrigins: " + e.getMessage(), e);
        }
        return new SignalingSettings(frame, new ConnectionLimits(rate, burst, Duration.ofSeconds(join),
                QUEUED_FRAMES), origins);
    }

    private static int inRange(String attribute, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(PID + ": " + attribute + ": must be " + min + " to " + max + ", not "
                    + value);
        }
        return value;
    }
}

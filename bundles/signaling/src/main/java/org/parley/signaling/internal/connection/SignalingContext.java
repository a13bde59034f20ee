package org.parley.signaling.internal.connection;

import java.util.concurrent.Executor;
import org.parley.api.Clock;
import org.parley.meetings.api.LiveMeetings;
import org.parley.signaling.internal.protocol.MessageCodec;

/**
 * What every connection of the endpoint shares.
 *
 * @param meetings where join tokens attach
 * @param codec the protocol v1 codec
 * @param clock the appliance's clock (join timeout, rate limits, close grace)
 * @param limits per-connection limits as configured
 * @param callbacks runs {@code Attendance.disconnected()} away from the threads that noticed the drop, which may
 *        be the meetings bundle's own (a slow reader is detected while it delivers)
 */
public record SignalingContext(LiveMeetings meetings, MessageCodec codec, Clock clock, ConnectionLimits limits,
        Executor callbacks) {
}

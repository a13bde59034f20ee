package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.FullIntraRequest;
import org.parley.media.internal.rtcp.PictureLossIndication;
import org.parley.media.internal.rtcp.RtcpHeader;

/**
 * Key frame requests toward one sender's video stream: every receiver of the stream may ask (PLI, RFC 4585 §6.3.1;
 * FIR, RFC 5104 §4.3.1), and a packet loss at the sender's side makes them all ask at once, but one key frame
 * answers them all. So at most one request per {@code minIntervalNanos} (about 300 ms: a key frame's round trip)
 * goes to the sender; the rest are counted and dropped.
 *
 * <p>The request is the SFU's own, from the sender leg's RTCP SSRC: a PLI, or a FIR when a receiver asked for one
 * and the sender negotiated {@code ccm fir}. As the requester, the SFU numbers its FIRs itself (RFC 5104 §4.3.1.2:
 * the command sequence number grows by one per new request, mod 256); receivers' numbers are never forwarded.
 * Written plain (before SRTCP) to the sender leg's {@link PacketOutput}.
 *
 * <p>Not thread-safe: used under the conference's lock; allocates nothing per request.
 */
public final class KeyframeRequestThrottle {
    /** A key frame takes about this long to be requested, encoded and arrive: requests closer are duplicates. */
    public static final long DEFAULT_MIN_INTERVAL_NANOS = 300_000_000L;
    private static final int SEQUENCE_MASK = 0xFF;
    /** A FIR with one entry (SSRC, sequence number, reserved: RFC 5104 §4.3.1.1); a PLI is shorter. */
    private static final int LARGEST_REQUEST = RtcpHeader.FEEDBACK_HEADER_LENGTH + 8;

    private final int localSsrc;
    private final int mediaSsrc;
    private final boolean firNegotiated;
    private final long minIntervalNanos;
    private final PacketOutput toSender;
    private final byte[] scratch = new byte[LARGEST_REQUEST];
    private final int[] firTargets = new int[1];
    private final int[] firSequences = new int[1];
    private boolean requested;
    private long lastRequestNanos;
    private int firSequence;
    private long plisSent;
    private long firsSent;
    private long throttled;

    /**
     * @param localSsrc the SSRC the SFU sends its RTCP to the sender leg from
     * @param mediaSsrc the sender's video SSRC
     * @param firNegotiated whether the sender's SDP has {@code a=rtcp-fb:<pt> ccm fir}
     */
    public KeyframeRequestThrottle(int localSsrc, int mediaSsrc, boolean firNegotiated, long minIntervalNanos,
            PacketOutput toSender) {
        this.localSsrc = localSsrc;
        this.mediaSsrc = mediaSsrc;
        this.firNegotiated = firNegotiated;
        this.minIntervalNanos = minIntervalNanos;
        this.toSender = toSender;
        firTargets[0] = mediaSsrc;
    }

    /**
     * A receiver (or the SFU itself, when it switches a receiver to this stream) wants a key frame.
     *
     * @param fullIntra whether the receiver sent a FIR rather than a PLI
     * @return whether a request went to the sender (false: one went less than the minimum interval ago)
     */
    public boolean request(boolean fullIntra, long nowNanos) {
        if (requested && nowNanos - lastRequestNanos < minIntervalNanos) {
            throttled++;
            return false;
        }
        requested = true;
        lastRequestNanos = nowNanos;
        if (fullIntra && firNegotiated) {
            firSequences[0] = firSequence;
            firSequence = firSequence + 1 & SEQUENCE_MASK;
            toSender.send(scratch, 0, FullIntraRequest.write(scratch, 0, localSsrc, firTargets, firSequences, 1));
            firsSent++;
        } else {
            toSender.send(scratch, 0, PictureLossIndication.write(scratch, 0, localSsrc, mediaSsrc));
            plisSent++;
        }
        return true;
    }

    /** The sender's SSRC the requests are for. */
    public int mediaSsrc() {
        return mediaSsrc;
    }

    public long plisSent() {
        return plisSent;
    }

    public long firsSent() {
        return firsSent;
    }

    /** Requests dropped because one went to the sender less than the minimum interval before. */
    public long throttled() {
        return throttled;
    }
}

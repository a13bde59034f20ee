package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.rtp.RtpRewriter;
import org.parley.media.internal.rtp.SequenceNumberUnwrapper;
import org.parley.media.internal.rtp.SequenceNumbers;

/**
 * The numbering of one stream the SFU sends to one receiver (RFC 3550 §5.1): the receiver's SDP announced one SSRC
 * for the slot, and whatever source is bound to the slot — the first camera, a later participant's once the first
 * left, a restarted screen share — reaches the receiver under that SSRC with sequence numbers and timestamps that
 * continue where the previous source stopped. Each source gets fixed offsets, taken at its first packet:
 * <pre>
 *   out sequence  = in sequence  + (last out sequence + 1 - first in sequence)            (mod 2^16)
 *   out timestamp = in timestamp + (last out timestamp + elapsed * clock rate - first in timestamp)  (mod 2^32)
 * </pre>
 * so the receiver's jitter buffer sees one stream with a pause, never a jump back. The first source of a slot keeps
 * its own numbers (its random start, RFC 3550 §5.1, is as good as ours). A packet of the current source reordered
 * from before its first forwarded packet is dropped: its number would collide with the previous source's.
 * Payload types and extension ids are translated by the source's {@link HeaderTranslation}.
 *
 * <p>Also counts what was sent for sender reports (RFC 3550 §6.4.1: packets, payload octets, and the RTP time of
 * "now"). Not thread-safe: used under the conference's lock. Allocates nothing per packet.
 */
public final class StreamRewriter {
    private static final long NANOS_PER_MICRO = 1_000L;
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long TIMESTAMP_MASK = 0xFFFF_FFFFL;

    private final int ssrc;
    private final int clockRate;
    private final SequenceNumberUnwrapper sourceSequences = new SequenceNumberUnwrapper();
    private int sourceSsrc;
    private HeaderTranslation translation;
    private boolean switchPending;
    private boolean started;
    private long firstSourceIndex;
    private int sequenceOffset;
    private long timestampOffset;
    private int highestSequence;
    private long highestTimestamp;
    private long highestNanos;
    private long packets;
    private long payloadOctets;
    private long switches;
    private long droppedOtherSource;
    private long droppedPayloadType;
    private long droppedBeforeSwitch;

    /** A stream sent as {@code ssrc} (the receiver's SDP) with an RTP clock of {@code clockRate} Hz. */
    public StreamRewriter(int ssrc, int clockRate) {
        if (clockRate <= 0) {
            throw new IllegalArgumentException("clock rate must be positive: " + clockRate);
        }
        this.ssrc = ssrc;
        this.clockRate = clockRate;
    }

    /**
     * Makes {@code source} (the sender's SSRC) the stream behind this slot from its next packet on; packets of any
     * other SSRC are dropped from now on. Binding the bound source again changes only its translation.
     */
    public void bind(int source, HeaderTranslation headerTranslation) {
        translation = headerTranslation;
        if (switchPending || source != sourceSsrc || !started) {
            sourceSsrc = source;
            switchPending = true;
        }
    }

    /**
     * The stream was closed and opens again (its m-line came back): the bound source's next packet continues the
     * numbering like a new source's would, rather than leaving a gap as long as the pause.
     */
    public void resume() {
        if (started) {
            switchPending = true;
        }
    }

    /**
     * Rewrites the packet of {@code header} (SSRC, sequence number, timestamp, payload type, extension ids) in
     * place and records it as sent at {@code nowNanos}; fills the context's ssrc, sequence number, timestamp and
     * payload type with what the receiver will see.
     *
     * @param elements a scratch iterator
     * @return false when the packet is not this slot's to send (counted by reason); nothing was changed then
     */
    public boolean rewrite(RtpHeader header, HeaderExtensions elements, PacketContext context, long nowNanos) {
        if (translation == null || header.ssrc() != sourceSsrc) {
            droppedOtherSource++;
            return false;
        }
        if (translation.payloadTypeFor(header.payloadType()) < 0) {
            droppedPayloadType++;
            return false;
        }
        if (switchPending) {
            startSource(header, nowNanos);
        } else if (sourceSequences.unwrap(header.sequenceNumber()) < firstSourceIndex) {
            droppedBeforeSwitch++;
            return false;
        }
        translation.apply(header, elements);
        int sequence = SequenceNumbers.add(header.sequenceNumber(), sequenceOffset);
        long timestamp = header.timestamp() + timestampOffset & TIMESTAMP_MASK;
        RtpRewriter.setSsrc(header, ssrc);
        RtpRewriter.setSequenceNumber(header, sequence);
        RtpRewriter.setTimestamp(header, timestamp);
        if (packets == 0 || SequenceNumbers.isNewer(sequence, highestSequence)) {
            highestSequence = sequence;
            highestTimestamp = timestamp;
            highestNanos = nowNanos;
        }
        packets++;
        payloadOctets += header.payloadLength();
        context.ssrc = ssrc;
        context.sequenceNumber = sequence;
        context.timestamp = timestamp;
        context.payloadType = header.payloadType();
        return true;
    }

    /** Takes the offsets that make the new source's first packet follow the last one sent. */
    private void startSource(RtpHeader header, long nowNanos) {
        sourceSequences.reset();
        firstSourceIndex = sourceSequences.unwrap(header.sequenceNumber());
        if (started) {
            sequenceOffset = SequenceNumbers.add(highestSequence, 1) - header.sequenceNumber();
            timestampOffset = highestTimestamp + Math.max(1, ticksSince(nowNanos)) - header.timestamp();
            switches++;
        } else {
            sequenceOffset = 0;
            timestampOffset = 0;
        }
        started = true;
        switchPending = false;
    }

    /** RTP clock ticks from the last packet sent to {@code nowNanos} (0 if the clock went back). */
    private long ticksSince(long nowNanos) {
        long micros = Math.max(0, nowNanos - highestNanos) / NANOS_PER_MICRO;
        return micros * clockRate / MICROS_PER_SECOND;
    }

    /**
     * The RTP timestamp that corresponds to {@code nowNanos}: the newest packet's, advanced by the time since it was
     * sent (for the sender report, RFC 3550 §6.4.1); meaningful once {@link #packets()} is above 0.
     */
    public long timestampAt(long nowNanos) {
        return highestTimestamp + ticksSince(nowNanos) & TIMESTAMP_MASK;
    }

    /** The SSRC the receiver knows this stream by. */
    public int ssrc() {
        return ssrc;
    }

    public int clockRate() {
        return clockRate;
    }

    /** The SSRC of the sender's stream bound to this slot (valid after {@link #bind}). */
    public int sourceSsrc() {
        return sourceSsrc;
    }

    /** RTP packets sent on this stream, over all its sources. */
    public long packets() {
        return packets;
    }

    /** Payload octets sent (RFC 3550 §6.4.1: without header and padding). */
    public long payloadOctets() {
        return payloadOctets;
    }

    /** How often a new source took over the slot after the first. */
    public long switches() {
        return switches;
    }

    /** Packets of an SSRC that is not the bound source (a late packet of the previous one, or none bound). */
    public long droppedOtherSource() {
        return droppedOtherSource;
    }

    /** Packets whose payload type the receiver did not negotiate. */
    public long droppedPayloadType() {
        return droppedPayloadType;
    }

    /** Packets of the current source reordered from before its first forwarded packet. */
    public long droppedBeforeSwitch() {
        return droppedBeforeSwitch;
    }
}

package org.parley.media.internal.pipeline;

import java.util.Arrays;
import org.parley.media.internal.rtcp.TransportCcWriter;
import org.parley.media.internal.rtp.SequenceNumberUnwrapper;

/**
 * The receiving end of transport-wide congestion control for one leg
 * (draft-holmer-rmcat-transport-wide-cc-extensions-01 §3): records the transport-wide sequence number and arrival
 * time of every authenticated RTP packet that carries one (media, RTX and padding alike, muted or not, since the
 * browser's estimator needs them all), and sends the browser transport-cc feedback through a {@link PacketOutput}
 * when {@link #FEEDBACK_INTERVAL_NANOS} has passed since the last ({@link #onTick} or on arrival) or
 * {@link #FEEDBACK_AFTER_PACKETS} packets are waiting. The browser's numbering is terminated here: the send side
 * stamps the SFU's own per receiver.
 *
 * <p>Records live in a window of {@link #WINDOW} sequence numbers indexed by the extended number; a packet
 * reordered behind the last feedback is too late to report (counted), one far ahead flushes first. Each feedback
 * starts at the first packet received after the previous one, as {@link TransportCcWriter} needs a received base,
 * so a loss exactly at that boundary is not reported as lost; the sender's estimator times it out.
 *
 * <p>Not thread-safe: the conference's thread. Allocates nothing after construction.
 */
public final class TransportCcRecorder extends Node {
    /** Sequence numbers one feedback round may span; also the most packets it holds. */
    static final int WINDOW = 1024;
    static final long FEEDBACK_INTERVAL_NANOS = 50_000_000L;
    static final int FEEDBACK_AFTER_PACKETS = 100;
    /** Feedback packets stay well inside one datagram after SRTCP's trailer. */
    static final int MAX_FEEDBACK_BYTES = 1200;
    private static final int WINDOW_MASK = WINDOW - 1;
    private static final int FEEDBACK_COUNT_MASK = 0xFF;
    private static final long NANOS_PER_MICRO = 1000;

    private final SequenceNumberUnwrapper unwrapper = new SequenceNumberUnwrapper();
    private final long[] slotSequences = new long[WINDOW];
    private final long[] slotArrivalMicros = new long[WINDOW];
    private final long[] sequences = new long[WINDOW];
    private final long[] arrivalMicros = new long[WINDOW];
    private final TransportCcWriter writer = new TransportCcWriter(WINDOW);
    private final byte[] feedback = new byte[MAX_FEEDBACK_BYTES];
    private final PacketOutput output;
    private final int senderSsrc;
    /** The first extended sequence number not yet reported; -1 before the first packet. */
    private long base = -1;
    private long highest = -1;
    private int waiting;
    private int mediaSsrc;
    private int feedbackCount;
    private long lastFeedbackNanos;
    private long late;
    private long feedbackSent;

    /** @param senderSsrc the SFU's RTCP SSRC on this leg, the feedback's packet sender */
    public TransportCcRecorder(int senderSsrc, PacketOutput output) {
        super("transport-cc-recorder");
        this.senderSsrc = senderSsrc;
        this.output = output;
        Arrays.fill(slotSequences, -1);
    }

    @Override
    protected boolean process(PacketContext context) {
        if (context.rtcp || context.transportSequenceNumber < 0) {
            return true;
        }
        long sequence = unwrapper.unwrap(context.transportSequenceNumber);
        if (base < 0) {
            base = sequence;
            lastFeedbackNanos = context.arrivalNanos;
        }
        if (sequence >= base + WINDOW) {
            flush(context.arrivalNanos);
            if (sequence >= base + WINDOW) {
                base = sequence;
            }
        }
        if (sequence < base) {
            late++;
            return true;
        }
        record(sequence, context.arrivalNanos / NANOS_PER_MICRO, context.ssrc);
        if (waiting >= FEEDBACK_AFTER_PACKETS || context.arrivalNanos - lastFeedbackNanos >= FEEDBACK_INTERVAL_NANOS) {
            flush(context.arrivalNanos);
        }
        return true;
    }

    private void record(long sequence, long micros, int ssrc) {
        int slot = (int) (sequence & WINDOW_MASK);
        if (slotSequences[slot] == sequence) {
            return;
        }
        slotSequences[slot] = sequence;
        slotArrivalMicros[slot] = micros;
        highest = Math.max(highest, sequence);
        mediaSsrc = ssrc;
        waiting++;
    }

    /** Sends feedback for what arrived since the last one when the interval has passed; the leg's timer calls it. */
    public void onTick(long nowNanos) {
        if (waiting > 0 && nowNanos - lastFeedbackNanos >= FEEDBACK_INTERVAL_NANOS) {
            flush(nowNanos);
        }
    }

    /** Sends feedback for every packet recorded since the last, in as many RTCP packets as it takes. */
    public void flush(long nowNanos) {
        lastFeedbackNanos = nowNanos;
        if (waiting == 0) {
            return;
        }
        int count = collect();
        int done = 0;
        while (done < count) {
            int length = writer.write(feedback, 0, MAX_FEEDBACK_BYTES, senderSsrc, mediaSsrc, feedbackCount,
                    sequences, arrivalMicros, count - done);
            int included = writer.included();
            if (included == 0) {
                break; // cannot happen: a first packet always fits; guards the loop all the same
            }
            output.send(feedback, 0, length);
            feedbackSent++;
            feedbackCount = feedbackCount + 1 & FEEDBACK_COUNT_MASK;
            done += included;
            System.arraycopy(sequences, included, sequences, 0, count - done);
            System.arraycopy(arrivalMicros, included, arrivalMicros, 0, count - done);
        }
        base = highest + 1;
        waiting = 0;
    }

    /** Copies the received packets from {@link #base} to {@link #highest} into the writer's ascending arrays. */
    private int collect() {
        int count = 0;
        for (long sequence = base; sequence <= highest; sequence++) {
            int slot = (int) (sequence & WINDOW_MASK);
            if (slotSequences[slot] == sequence) {
                sequences[count] = sequence;
                arrivalMicros[count] = slotArrivalMicros[slot];
                count++;
            }
        }
        return count;
    }

    /** Packets that arrived after the feedback covering their sequence number was sent. */
    public long late() {
        return late;
    }

    /** Feedback packets sent. */
    public long feedbackSent() {
        return feedbackSent;
    }
}

package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;
import org.parley.media.internal.rtp.SequenceNumbers;

/**
 * A reusable parse result of transport-wide congestion control feedback (draft-holmer-rmcat-transport-wide-cc-
 * extensions-01 §3.1, RTPFB FMT 15): which transport-wide sequence numbers arrived and when. {@link #wrap} checks
 * that every chunk and receive delta lies inside the packet, then copies the received packets into arrays sized
 * once at construction, so parsing allocates nothing. Not thread-safe.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|  FMT=15 |    PT=205     |           length              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     SSRC of packet sender                     |
 * |                      SSRC of media source                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      base sequence number     |      packet status count      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 reference time                | fb pkt. count |  reference time: signed, 64 ms units
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          packet chunk         |         packet chunk          |
 * .                                                               .
 * |         packet chunk          |  recv delta   |  recv delta   |  deltas: 250 us units, small 1 byte
 * .                                                               .  unsigned, large 2 bytes signed
 * |           recv delta          |  recv delta   | zero padding  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * Run length chunk:     |T=0| S |       run length (13 bits)  |
 * Status vector chunk:  |T=1|S=0| 14 one-bit symbols (0 not received, 1 small delta) |
 *                       |T=1|S=1|  7 two-bit symbols (00 not received, 01 small, 10 large, 11 reserved) |
 * </pre>
 */
public final class TransportCcFeedback extends FeedbackView {

    public static final int FORMAT = 15;
    static final int BASE_SEQUENCE_OFFSET = FCI_OFFSET;
    static final int STATUS_COUNT_OFFSET = FCI_OFFSET + 2;
    static final int REFERENCE_TIME_OFFSET = FCI_OFFSET + 4;
    static final int FEEDBACK_COUNT_OFFSET = FCI_OFFSET + 7;
    static final int CHUNKS_OFFSET = FCI_OFFSET + 8;
    static final int CHUNK_LENGTH = 2;
    static final int VECTOR_CHUNK_BIT = 0x8000;
    static final int TWO_BIT_SYMBOLS_BIT = 0x4000;
    static final int RUN_STATUS_SHIFT = 13;
    static final int RUN_LENGTH_MASK = 0x1FFF;
    static final int ONE_BIT_SYMBOLS = 14;
    static final int TWO_BIT_SYMBOLS = 7;
    static final int NOT_RECEIVED = 0;
    static final int SMALL_DELTA = 1;
    static final int LARGE_DELTA = 2;
    static final int RESERVED = 3;
    public static final int REFERENCE_TIME_UNIT_MICROS = 64_000;
    public static final int DELTA_UNIT_MICROS = 250;
    static final int REFERENCE_TIME_SIGN_SHIFT = 8;

    private final int[] sequences;
    private final int[] deltas;
    private final long[] timesMicros;
    private int received;
    private int deltaBytes;
    private int deltaCursor;
    private long ticks;

    /** @param capacity the most received packets one feedback may report (a 1500-byte packet holds < 1500) */
    public TransportCcFeedback(int capacity) {
        sequences = new int[capacity];
        deltas = new int[capacity];
        timesMicros = new long[capacity];
    }

    /** Points at one packet of a compound and parses it into this object; see {@link RtcpRefusal} for refusals. */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        received = 0;
        RtcpRefusal reason = beginFeedback(array, offset, length, RtcpHeader.RTPFB, FORMAT,
                CHUNKS_OFFSET - FCI_OFFSET);
        if (reason != RtcpRefusal.NONE) {
            return reason;
        }
        deltaBytes = 0;
        int chunksEnd = walkChunks(false);
        if (chunksEnd < 0) {
            received = 0;
            return refusal();
        }
        if (chunksEnd + deltaBytes > offset + length) {
            received = 0;
            return refuse(RtcpRefusal.DELTAS_PAST_END, chunksEnd + deltaBytes - offset, length);
        }
        received = 0;
        deltaCursor = chunksEnd;
        ticks = (long) referenceTime() * (REFERENCE_TIME_UNIT_MICROS / DELTA_UNIT_MICROS);
        walkChunks(true);
        return accept();
    }

    /** Walks the chunks; counts delta bytes, or with {@code store} reads the deltas. Returns the chunks' end. */
    private int walkChunks(boolean store) {
        int statusCount = packetStatusCount();
        int end = offset + length;
        int cursor = offset + CHUNKS_OFFSET;
        int position = 0;
        while (position < statusCount) {
            if (cursor + CHUNK_LENGTH > end) {
                refuse(RtcpRefusal.CHUNKS_PAST_END, cursor + CHUNK_LENGTH - offset, length);
                return -1;
            }
            int chunk = BigEndian.uint16(array, cursor);
            cursor += CHUNK_LENGTH;
            int covered = Math.min(symbolsIn(chunk), statusCount - position);
            for (int symbol = 0; symbol < covered; symbol++) {
                if (!status(position++, statusOf(chunk, symbol), store)) {
                    return -1;
                }
            }
        }
        return cursor;
    }

    private static int symbolsIn(int chunk) {
        if ((chunk & VECTOR_CHUNK_BIT) == 0) {
            return chunk & RUN_LENGTH_MASK;
        }
        return (chunk & TWO_BIT_SYMBOLS_BIT) == 0 ? ONE_BIT_SYMBOLS : TWO_BIT_SYMBOLS;
    }

    private static int statusOf(int chunk, int symbol) {
        if ((chunk & VECTOR_CHUNK_BIT) == 0) {
            return chunk >>> RUN_STATUS_SHIFT & RESERVED;
        }
        if ((chunk & TWO_BIT_SYMBOLS_BIT) == 0) {
            return chunk >>> ONE_BIT_SYMBOLS - 1 - symbol & 1;
        }
        return chunk >>> 2 * (TWO_BIT_SYMBOLS - 1 - symbol) & RESERVED;
    }

    private boolean status(int position, int status, boolean store) {
        if (status == NOT_RECEIVED) {
            return true;
        }
        if (status == RESERVED) {
            refuse(RtcpRefusal.RESERVED_STATUS, LARGE_DELTA, RESERVED);
            return false;
        }
        if (!store) {
            deltaBytes += status;
            if (++received > sequences.length) {
                refuse(RtcpRefusal.TOO_MANY_PACKETS, received, sequences.length);
                return false;
            }
            return true;
        }
        int delta = status == SMALL_DELTA ? BigEndian.uint8(array, deltaCursor)
                : (short) BigEndian.uint16(array, deltaCursor);
        deltaCursor += status;
        ticks += delta;
        sequences[received] = SequenceNumbers.add(baseSequence(), position);
        deltas[received] = delta;
        timesMicros[received] = ticks * DELTA_UNIT_MICROS;
        received++;
        return true;
    }

    public int baseSequence() {
        return BigEndian.uint16(array, offset + BASE_SEQUENCE_OFFSET);
    }

    /** How many sequence numbers from the base this feedback covers, received or not. */
    public int packetStatusCount() {
        return BigEndian.uint16(array, offset + STATUS_COUNT_OFFSET);
    }

    /** The reference time in 64 ms units, sign-extended from 24 bits. */
    public int referenceTime() {
        return BigEndian.uint24(array, offset + REFERENCE_TIME_OFFSET) << REFERENCE_TIME_SIGN_SHIFT
                >> REFERENCE_TIME_SIGN_SHIFT;
    }

    /** The feedback packet count, which lets the sender notice lost feedback. */
    public int feedbackCount() {
        return BigEndian.uint8(array, offset + FEEDBACK_COUNT_OFFSET);
    }

    /** How many packets this feedback reports as received. */
    public int receivedCount() {
        return received;
    }

    /** The 16-bit transport-wide sequence number of received packet {@code index}. */
    public int receivedSequence(int index) {
        return sequences[checked(index)];
    }

    /** The receive delta of received packet {@code index} in 250 µs units (from the previous, or the reference). */
    public int receivedDelta(int index) {
        return deltas[checked(index)];
    }

    /** The arrival time of received packet {@code index} in µs on the receiver's clock (reference time base). */
    public long receivedTimeMicros(int index) {
        return timesMicros[checked(index)];
    }

    private int checked(int index) {
        if (index < 0 || index >= received) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }
}

package org.parley.media.internal.rtcp;

import java.util.Arrays;

import org.parley.media.internal.rtp.BigEndian;

/**
 * Builds transport-wide congestion control feedback (draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1;
 * wire format drawn on {@link TransportCcFeedback}) from the packets a leg received: their extended transport-wide
 * sequence numbers and arrival times. Arrival times are rounded to 250 µs; the reference time is the first
 * rounded arrival rounded down to 64 ms. Chunks: a run-length chunk for runs that fill a vector, else a one-bit
 * status vector when no large delta is among the next 14 statuses, else a two-bit vector. Packets that cannot be
 * encoded (a delta beyond ±8.2 s, a sequence gap beyond the status capacity, or the length limit) end the feedback
 * early; {@link #included()} tells how many were. Reusable; allocates nothing after construction; not thread-safe.
 */
public final class TransportCcWriter {

    private static final int TICKS_PER_REFERENCE = TransportCcFeedback.REFERENCE_TIME_UNIT_MICROS
            / TransportCcFeedback.DELTA_UNIT_MICROS;
    private static final int MAX_SMALL_DELTA = 0xFF;
    private static final int REFERENCE_TIME_MASK = 0xFF_FFFF;
    private static final int MAX_STATUS_COUNT = 0xFFFF;

    private final byte[] statuses;
    private int included;
    private int statusCount;

    /** @param maxStatusCount the most sequence numbers (received or not) one feedback may cover, up to 65535 */
    public TransportCcWriter(int maxStatusCount) {
        statuses = new byte[Math.min(maxStatusCount, MAX_STATUS_COUNT)];
    }

    /**
     * Writes feedback for {@code sequences[0, count)} (extended transport-wide sequence numbers, strictly
     * ascending) that arrived at {@code arrivalMicros[i]}, at most {@code maxLength} bytes long.
     *
     * @return the bytes written, or 0 when not even the first packet fits ({@link #included()} is then 0)
     * @throws IllegalArgumentException when sequences are not strictly ascending or the buffer cannot hold
     *     {@code maxLength} bytes (programming errors)
     */
    public int write(byte[] array, int offset, int maxLength, int senderSsrc, int mediaSsrc, int feedbackCount,
            long[] sequences, long[] arrivalMicros, int count) {
        RtcpHeader.requireCapacity(array, offset, maxLength);
        int fits = encodable(sequences, arrivalMicros, count);
        if (fits > 0 && lengthFor(sequences, arrivalMicros, fits) > maxLength) {
            fits = largestFitting(sequences, arrivalMicros, fits, maxLength);
        }
        included = fits;
        if (fits == 0) {
            return 0;
        }
        int length = lengthFor(sequences, arrivalMicros, fits);
        RtcpHeader.writeFeedback(array, offset, TransportCcFeedback.FORMAT, RtcpHeader.RTPFB, length, senderSsrc,
                mediaSsrc);
        long referenceTime = referenceTicks(arrivalMicros[0]) / TICKS_PER_REFERENCE;
        BigEndian.putUint16(array, offset + TransportCcFeedback.BASE_SEQUENCE_OFFSET, (int) sequences[0]);
        BigEndian.putUint16(array, offset + TransportCcFeedback.STATUS_COUNT_OFFSET, statusCount);
        BigEndian.putUint24(array, offset + TransportCcFeedback.REFERENCE_TIME_OFFSET,
                (int) referenceTime & REFERENCE_TIME_MASK);
        array[offset + TransportCcFeedback.FEEDBACK_COUNT_OFFSET] = (byte) feedbackCount;
        int cursor = writeChunks(array, offset + TransportCcFeedback.CHUNKS_OFFSET);
        cursor = writeDeltas(array, cursor, arrivalMicros, fits, referenceTime * TICKS_PER_REFERENCE);
        Arrays.fill(array, cursor, offset + length, (byte) 0);
        return length;
    }

    /** How many input packets the last {@link #write} included. */
    public int included() {
        return included;
    }

    /** The leading packets whose sequence gap and delta can be encoded. */
    private int encodable(long[] sequences, long[] arrivalMicros, int count) {
        if (count == 0) {
            return 0;
        }
        long previousTicks = referenceTicks(arrivalMicros[0]);
        for (int index = 0; index < count; index++) {
            if (index > 0 && sequences[index] <= sequences[index - 1]) {
                throw new IllegalArgumentException("sequence numbers must ascend at index " + index);
            }
            long ticks = ticks(arrivalMicros[index]);
            long delta = ticks - previousTicks;
            if (sequences[index] - sequences[0] >= statuses.length || delta != (short) delta) {
                return index;
            }
            previousTicks = ticks;
        }
        return count;
    }

    private int largestFitting(long[] sequences, long[] arrivalMicros, int upTo, int maxLength) {
        int low = 0;
        int high = upTo;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lengthFor(sequences, arrivalMicros, middle) <= maxLength) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** Fills the statuses of the first {@code count} packets and returns the padded packet length. */
    private int lengthFor(long[] sequences, long[] arrivalMicros, int count) {
        if (count == 0) {
            return Integer.MAX_VALUE;
        }
        statusCount = (int) (sequences[count - 1] - sequences[0] + 1);
        Arrays.fill(statuses, 0, statusCount, (byte) TransportCcFeedback.NOT_RECEIVED);
        long previousTicks = referenceTicks(arrivalMicros[0]);
        int deltaBytes = 0;
        for (int index = 0; index < count; index++) {
            long ticks = ticks(arrivalMicros[index]);
            long delta = ticks - previousTicks;
            previousTicks = ticks;
            int status = delta >= 0 && delta <= MAX_SMALL_DELTA ? TransportCcFeedback.SMALL_DELTA
                    : TransportCcFeedback.LARGE_DELTA;
            statuses[(int) (sequences[index] - sequences[0])] = (byte) status;
            deltaBytes += status;
        }
        int unpadded = writeChunks(null, TransportCcFeedback.CHUNKS_OFFSET) + deltaBytes;
        return (unpadded + RtcpHeader.WORD - 1) / RtcpHeader.WORD * RtcpHeader.WORD;
    }

    /** The first arrival's 250 µs tick rounded down to 64 ms, so that the first delta is always small. */
    private static long referenceTicks(long firstArrivalMicros) {
        return Math.floorDiv(ticks(firstArrivalMicros), TICKS_PER_REFERENCE) * TICKS_PER_REFERENCE;
    }

    private static long ticks(long arrivalMicros) {
        return Math.floorDiv(arrivalMicros + TransportCcFeedback.DELTA_UNIT_MICROS / 2,
                TransportCcFeedback.DELTA_UNIT_MICROS);
    }

    /** Encodes {@link #statuses} as chunks at {@code cursor} ({@code array} null: only measures). */
    private int writeChunks(byte[] array, int cursor) {
        int position = 0;
        while (position < statusCount) {
            int remaining = statusCount - position;
            int run = runLength(position);
            int chunk;
            int covered;
            if (run >= Math.min(TransportCcFeedback.ONE_BIT_SYMBOLS, remaining)
                    || run >= TransportCcFeedback.TWO_BIT_SYMBOLS && hasLarge(position)) {
                chunk = statuses[position] << TransportCcFeedback.RUN_STATUS_SHIFT | run;
                covered = run;
            } else if (!hasLarge(position)) {
                chunk = vector(position, TransportCcFeedback.ONE_BIT_SYMBOLS, 1);
                covered = TransportCcFeedback.ONE_BIT_SYMBOLS;
            } else {
                chunk = vector(position, TransportCcFeedback.TWO_BIT_SYMBOLS, 2)
                        | TransportCcFeedback.TWO_BIT_SYMBOLS_BIT;
                covered = TransportCcFeedback.TWO_BIT_SYMBOLS;
            }
            if (array != null) {
                BigEndian.putUint16(array, cursor, chunk);
            }
            cursor += TransportCcFeedback.CHUNK_LENGTH;
            position += covered;
        }
        return cursor;
    }

    private int runLength(int position) {
        int limit = Math.min(statusCount, position + TransportCcFeedback.RUN_LENGTH_MASK);
        int end = position + 1;
        while (end < limit && statuses[end] == statuses[position]) {
            end++;
        }
        return end - position;
    }

    private boolean hasLarge(int position) {
        int limit = Math.min(statusCount, position + TransportCcFeedback.ONE_BIT_SYMBOLS);
        for (int index = position; index < limit; index++) {
            if (statuses[index] == TransportCcFeedback.LARGE_DELTA) {
                return true;
            }
        }
        return false;
    }

    /** A status vector chunk of {@code symbols} symbols of {@code bits} bits; symbols past the count are 0. */
    private int vector(int position, int symbols, int bits) {
        int chunk = TransportCcFeedback.VECTOR_CHUNK_BIT;
        for (int symbol = 0; symbol < symbols; symbol++) {
            int index = position + symbol;
            int status = index < statusCount ? statuses[index] : TransportCcFeedback.NOT_RECEIVED;
            chunk |= status << bits * (symbols - 1 - symbol);
        }
        return chunk;
    }

    private int writeDeltas(byte[] array, int cursor, long[] arrivalMicros, int count, long referenceTicks) {
        long previousTicks = referenceTicks;
        for (int index = 0; index < count; index++) {
            long ticks = ticks(arrivalMicros[index]);
            int delta = (int) (ticks - previousTicks);
            previousTicks = ticks;
            if (delta >= 0 && delta <= MAX_SMALL_DELTA) {
                array[cursor++] = (byte) delta;
            } else {
                BigEndian.putUint16(array, cursor, delta);
                cursor += 2;
            }
        }
        return cursor;
    }
}

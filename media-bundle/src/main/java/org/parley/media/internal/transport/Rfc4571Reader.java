package org.parley.media.internal.transport;

import java.nio.ByteBuffer;

/**
 * Cuts the byte stream of one ICE-TCP connection back into packets (RFC 6544 §3 uses the framing of RFC 4571 §2):
 * <pre>
 *     0                   1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    ---------------------------------------------------------------
 *    |             LENGTH            |  STUN, DTLS, RTP or RTCP ...
 *    ---------------------------------------------------------------
 * </pre>
 * LENGTH is unsigned 16-bit big-endian and counts the packet without itself. A frame may arrive split over any
 * number of reads, and one read may hold many frames; each frame is assembled in a buffer of the connection's
 * {@link BufferPool} and handed to the {@link FrameHandler}, and the buffer goes back to the pool when the handler
 * returns. A frame of length 0 (RFC 4571 has no use for it) or longer than {@link #MAX_FRAME_BYTES} (more than a
 * pool buffer; a UDP datagram could not carry it either) breaks the stream: {@link #read} returns false and the
 * connection must be closed, because there is no way to find the next frame boundary.
 *
 * <p>Not thread-safe: one per connection, used by that connection's I/O thread only.
 */
public final class Rfc4571Reader {
    /** RFC 4571 §2: the LENGTH field. */
    public static final int LENGTH_BYTES = 2;
    /** Longest frame accepted: one pool buffer. */
    public static final int MAX_FRAME_BYTES = BufferPool.BUFFER_BYTES;

    /** Receives each complete frame; {@code array} is only valid during the call. */
    @FunctionalInterface
    public interface FrameHandler {
        void frame(byte[] array, int offset, int length);
    }

    private final BufferPool pool;
    private int lengthBytesSeen;
    private int frameLength;
    private byte[] frame;
    private int filled;
    private int refusedLength = -1;

    public Rfc4571Reader(BufferPool pool) {
        this.pool = pool;
    }

    /**
     * Consumes every remaining byte of {@code in} (position to limit), handing each completed frame to
     * {@code handler} in order.
     *
     * @return false when a frame's LENGTH is refused ({@link #refusedLength()}); the rest of the stream is unusable
     */
    public boolean read(ByteBuffer in, FrameHandler handler) {
        while (in.hasRemaining()) {
            if (lengthBytesSeen < LENGTH_BYTES) {
                frameLength = (frameLength << Byte.SIZE) | (in.get() & 0xFF);
                if (++lengthBytesSeen == LENGTH_BYTES && !startFrame()) {
                    return false;
                }
            } else {
                int chunk = Math.min(in.remaining(), frameLength - filled);
                in.get(frame, filled, chunk);
                filled += chunk;
                if (filled == frameLength) {
                    deliver(handler);
                }
            }
        }
        return true;
    }

    private boolean startFrame() {
        if (frameLength == 0 || frameLength > MAX_FRAME_BYTES) {
            refusedLength = frameLength;
            return false;
        }
        frame = pool.take();
        filled = 0;
        return true;
    }

    private void deliver(FrameHandler handler) {
        byte[] done = frame;
        frame = null;
        lengthBytesSeen = 0;
        frameLength = 0;
        try {
            handler.frame(done, 0, filled);
        } finally {
            pool.give(done);
        }
    }

    /** Gives a half-received frame's buffer back to the pool; call when the connection closes. */
    public void release() {
        if (frame != null) {
            pool.give(frame);
            frame = null;
        }
    }

    /** The LENGTH that made {@link #read} return false, or -1. */
    public int refusedLength() {
        return refusedLength;
    }

    /** True while a frame is partly received (its LENGTH, or its bytes). */
    public boolean inFrame() {
        return lengthBytesSeen > 0;
    }
}

package org.parley.media.internal.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.media.internal.srtp.SrtcpContext;
import org.parley.media.internal.srtp.SrtpContext;
import org.parley.media.internal.srtp.SrtpSession;
import org.parley.media.internal.transport.BufferPool;

/**
 * The streams the SFU sends to one receiver (one participant transport), by index, and the leg's outbound SRTP
 * session. The router keeps each stream's index per (track, receiver) and puts it in {@link PacketContext#stream}
 * of the receiver's copy of a packet, so the packet path never searches; RTCP from the receiver names streams by
 * SSRC and is searched linearly (a few packets a second over a few dozen streams).
 *
 * <p>{@link #localSsrc} is the SSRC the SFU sends RTCP from when no stream is the sender (receiver reports,
 * feedback); it must differ from every stream's. SRTP contexts are made per announced SSRC only — ours, never an
 * attacker's — when both the stream and the session exist; a new session (DTLS re-handshake) replaces them all.
 *
 * <p>A closed stream gives its retransmission buffers back but is remembered: when its SSRC is opened again (the
 * browser rejected the m-line, then accepted the track again), the stream resumes with its numbering and its SRTP
 * contexts. A fresh context would count from index 0 again and encrypt new packets with keystream already used
 * under the same key (RFC 3711 §9.1); a resumed one refuses any index it already protected.
 *
 * <p>Not thread-safe: changed when an SDP is applied and read per packet, both under the conference's lock.
 */
public final class OutgoingStreams {
    /** Packets kept per stream for NACK: a second of 5 Mbit/s video in 1,200-byte packets. */
    public static final int RETRANSMISSION_CAPACITY = 512;
    /** After this long a retransmission would arrive too late for the receiver's jitter buffer. */
    public static final long RETRANSMISSION_MAX_AGE_NANOS = 1_000_000_000L;

    private final int localSsrc;
    private final BufferPool pool;
    private final List<StreamRewriter> closed = new ArrayList<>();
    private final List<SrtpContextPair> closedContexts = new ArrayList<>();
    private OutgoingStream[] streams = new OutgoingStream[4];
    private SrtpSession session;
    private SrtcpContext localRtcp;

    /** @param pool where retransmission copies come from: the pool of the conference's thread */
    public OutgoingStreams(int localSsrc, BufferPool pool) {
        this.localSsrc = localSsrc;
        this.pool = pool;
    }

    /**
     * Opens the stream announced as {@code ssrc} with an RTP clock of {@code clockRate}, keeping packets for
     * retransmission when {@code nack} (the receiver's m-line has {@code a=rtcp-fb:<pt> nack}); resumes it when it
     * was open before (see the class comment).
     *
     * @throws IllegalArgumentException when the SSRC is open already, is the local SSRC, or was closed with another
     *     clock rate (programming errors)
     */
    public OutgoingStream open(int ssrc, int clockRate, boolean nack) {
        if (ssrc == localSsrc || bySsrc(ssrc) != null) {
            throw new IllegalArgumentException("SSRC " + Integer.toUnsignedString(ssrc) + " is already used");
        }
        int index = freeIndex();
        RetransmissionBuffer buffer = nack
                ? new RetransmissionBuffer(pool, RETRANSMISSION_CAPACITY, RETRANSMISSION_MAX_AGE_NANOS) : null;
        int earlier = closedIndex(ssrc);
        OutgoingStream stream;
        if (earlier < 0) {
            stream = new OutgoingStream(index, new StreamRewriter(ssrc, clockRate), buffer);
            if (session != null) {
                stream.keys(session.rtpContext(ssrc), session.rtcpContext(ssrc));
            }
        } else {
            stream = resume(earlier, index, clockRate, buffer);
        }
        streams[index] = stream;
        return stream;
    }

    private OutgoingStream resume(int earlier, int index, int clockRate, RetransmissionBuffer buffer) {
        StreamRewriter rewriter = closed.get(earlier);
        if (rewriter.clockRate() != clockRate) {
            throw new IllegalArgumentException("SSRC " + Integer.toUnsignedString(rewriter.ssrc()) + " was closed with"
                    + " clock rate " + rewriter.clockRate() + ", reopened with " + clockRate);
        }
        closed.remove(earlier);
        SrtpContextPair contexts = closedContexts.remove(earlier);
        rewriter.resume();
        OutgoingStream stream = new OutgoingStream(index, rewriter, buffer);
        if (contexts != null) {
            stream.keys(contexts.rtp(), contexts.rtcp());
        }
        return stream;
    }

    private int closedIndex(int ssrc) {
        for (int i = 0; i < closed.size(); i++) {
            if (closed.get(i).ssrc() == ssrc) {
                return i;
            }
        }
        return -1;
    }

    private int freeIndex() {
        for (int index = 0; index < streams.length; index++) {
            if (streams[index] == null) {
                return index;
            }
        }
        int index = streams.length;
        streams = Arrays.copyOf(streams, index * 2);
        return index;
    }

    /** Closes stream {@code index} and gives its retransmission buffers back; its index may be reused. */
    public void close(int index) {
        OutgoingStream stream = get(index);
        if (stream == null) {
            return;
        }
        if (stream.retransmissions() != null) {
            stream.retransmissions().release();
        }
        streams[index] = null;
        closed.add(stream.rewriter());
        closedContexts.add(stream.srtp() == null ? null : new SrtpContextPair(stream.srtp(), stream.srtcp()));
    }

    /** Closes every stream (the leg ends). */
    public void closeAll() {
        for (int index = 0; index < streams.length; index++) {
            close(index);
        }
    }

    /** The stream at {@code index}, or null when none is open there. */
    public OutgoingStream get(int index) {
        return index >= 0 && index < streams.length ? streams[index] : null;
    }

    /** The retransmission buffer of the stream at {@code index}, or null (no stream there, or it has no NACK). */
    public RetransmissionBuffer retransmissions(int index) {
        OutgoingStream stream = get(index);
        return stream == null ? null : stream.retransmissions();
    }

    /** The open stream announced as {@code ssrc}, or null. */
    public OutgoingStream bySsrc(int ssrc) {
        for (OutgoingStream stream : streams) {
            if (stream != null && stream.ssrc() == ssrc) {
                return stream;
            }
        }
        return null;
    }

    /** One more than the highest index in use or used before: iterate {@link #get} below it. */
    public int indexLimit() {
        return streams.length;
    }

    /** Installs the outbound session of a completed DTLS handshake: new contexts for every stream, open or closed. */
    public void keys(SrtpSession outbound) {
        session = outbound;
        localRtcp = outbound.rtcpContext(localSsrc);
        for (OutgoingStream stream : streams) {
            if (stream != null) {
                stream.keys(outbound.rtpContext(stream.ssrc()), outbound.rtcpContext(stream.ssrc()));
            }
        }
        for (int i = 0; i < closed.size(); i++) {
            int ssrc = closed.get(i).ssrc();
            closedContexts.set(i, new SrtpContextPair(outbound.rtpContext(ssrc), outbound.rtcpContext(ssrc)));
        }
    }

    /** The SRTCP context for RTCP whose (first) sender SSRC is {@code senderSsrc}, or null (unknown, or unkeyed). */
    public SrtcpContext rtcpContext(int senderSsrc) {
        if (senderSsrc == localSsrc) {
            return localRtcp;
        }
        OutgoingStream stream = bySsrc(senderSsrc);
        return stream == null ? null : stream.srtcp();
    }

    /** Bytes SRTP adds to an RTP packet under the installed session (0 before keys). */
    public int srtpOverhead() {
        return session == null ? 0 : session.profile().rtpOverhead();
    }

    /** Bytes SRTCP adds to an RTCP packet under the installed session (0 before keys). */
    public int srtcpOverhead() {
        return session == null ? 0 : session.profile().rtcpOverhead();
    }

    /** The SSRC of the SFU's receiver reports and feedback on this leg. */
    public int localSsrc() {
        return localSsrc;
    }

    /** The outbound contexts of a closed stream, kept so that reopening it never reuses keystream. */
    private record SrtpContextPair(SrtpContext rtp, SrtcpContext rtcp) {
    }
}

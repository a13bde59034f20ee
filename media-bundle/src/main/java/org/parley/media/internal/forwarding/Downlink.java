package org.parley.media.internal.forwarding;

import java.util.Arrays;
import java.util.Collection;
import org.parley.media.internal.pipeline.PacketContext;
import org.parley.media.internal.pipeline.Pipeline;
import org.parley.media.internal.transport.BufferPool;
import org.parley.media.internal.transport.Packet;

/**
 * What one leg receives from its conference: the published tracks its browser has accepted (an m-line the browser
 * answered for that track), each with its outgoing stream index in the leg's {@link SendPath}, and the path a copied
 * packet takes to it — one pooled buffer and one reused {@link PacketContext}, the send pipeline, then the leg's
 * {@link LegTransport}.
 *
 * <p>Threading: guarded by the conference lock (the router runs under it); the transport is volatile because ICE
 * binds it from the I/O thread of whichever port the browser's checks arrive on.
 */
final class Downlink {
    private static final int NOT_RECEIVED = -1;

    private final PacketContext outgoing = new PacketContext();
    private final LegCounters counters;
    private final SendPath path;
    /** Outgoing stream index by {@link PublishedTrack#id()}; {@link #NOT_RECEIVED} when not accepted. */
    private int[] streamByTrack = new int[0];
    private byte[] buffer;
    private volatile LegTransport transport = LegTransport.UNBOUND;

    Downlink(byte[] buffer, SendPath path, LegCounters counters) {
        this.buffer = buffer;
        this.path = path;
        this.counters = counters;
    }

    boolean receives(PublishedTrack track) {
        return stream(track.id()) != NOT_RECEIVED;
    }

    private int stream(int trackId) {
        return trackId < streamByTrack.length ? streamByTrack[trackId] : NOT_RECEIVED;
    }

    /** The tracks the browser accepts now: opens streams for new ones, closes those no longer accepted. */
    void receive(Collection<PublishedTrack> accepted) {
        int[] next = new int[accepted.stream().mapToInt(PublishedTrack::id).max().orElse(-1) + 1];
        Arrays.fill(next, NOT_RECEIVED);
        for (PublishedTrack track : accepted) {
            int current = stream(track.id());
            next[track.id()] = current != NOT_RECEIVED ? current : path.open(track);
        }
        for (int id = 0; id < streamByTrack.length; id++) {
            int index = streamByTrack[id];
            if (index != NOT_RECEIVED && (id >= next.length || next[id] == NOT_RECEIVED)) {
                path.close(index);
            }
        }
        streamByTrack = next;
    }

    /** The sender of {@code track} now uses another SSRC: its stream here, if any, follows it. */
    void rebind(PublishedTrack track) {
        int index = stream(track.id());
        if (index != NOT_RECEIVED) {
            path.rebind(index, track);
        }
    }

    void bind(LegTransport bound) {
        transport = bound == null ? LegTransport.UNBOUND : bound;
    }

    LegTransport transport() {
        return transport;
    }

    Pipeline pipeline() {
        return path.pipeline();
    }

    /**
     * Copies {@code in} (a plain RTP packet of {@code track}) into this leg's buffer, runs the send pipeline with
     * {@code PacketContext.stream} set to the track's outgoing index, and sends what passes; counts it as sent, or
     * as dropped when no transport is bound. Allocates nothing.
     *
     * @return whether the packet went out
     */
    boolean send(PacketContext in, PublishedTrack track) {
        LegTransport to = transport;
        if (to == LegTransport.UNBOUND || buffer == null) {
            counters.drop(RouteDrop.NOT_CONNECTED);
            return false;
        }
        Packet source = in.packet;
        System.arraycopy(source.array(), source.offset(), buffer, 0, source.length());
        copyFields(in, outgoing.reset());
        outgoing.packet.wrap(buffer, 0, source.length(), null);
        outgoing.stream = stream(track.id());
        if (!path.pipeline().run(outgoing)) {
            return false;
        }
        Packet out = outgoing.packet;
        to.send(out.array(), out.offset(), out.length());
        counters.sent(out.length());
        return true;
    }

    /** What the receive side learned of the packet; the stream is set by the caller. */
    private static void copyFields(PacketContext from, PacketContext to) {
        to.arrivalNanos = from.arrivalNanos;
        to.rtcp = from.rtcp;
        to.ssrc = from.ssrc;
        to.sequenceNumber = from.sequenceNumber;
        to.timestamp = from.timestamp;
        to.payloadType = from.payloadType;
        to.transportSequenceNumber = from.transportSequenceNumber;
        to.audioLevel = from.audioLevel;
        to.voiceActivity = from.voiceActivity;
        to.keyframe = from.keyframe;
        to.originalSequenceNumber = from.originalSequenceNumber;
    }

    /** Stops sending, closes the send path and gives the buffer back (the leg closed). */
    void release(BufferPool pool) {
        transport = LegTransport.UNBOUND;
        streamByTrack = new int[0];
        path.release();
        if (buffer != null) {
            pool.give(buffer);
            buffer = null;
        }
    }
}

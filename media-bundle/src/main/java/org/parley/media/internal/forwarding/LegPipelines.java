package org.parley.media.internal.forwarding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.pipeline.HeaderTranslation;
import org.parley.media.internal.pipeline.KeyframeRequestThrottle;
import org.parley.media.internal.pipeline.OutgoingStream;
import org.parley.media.internal.pipeline.PacketContext;
import org.parley.media.internal.pipeline.PacketOutput;
import org.parley.media.internal.pipeline.Pipeline;
import org.parley.media.internal.pipeline.ReceiveSide;
import org.parley.media.internal.pipeline.SendSide;
import org.parley.media.internal.sdp.RtpSetup;
import org.parley.media.internal.sdp.SectionPlan;
import org.parley.media.internal.sdp.SessionDescription;
import org.parley.media.internal.srtp.SrtpSession;
import org.parley.media.internal.transport.BufferPool;
import org.parley.media.internal.transport.Packet;
import org.parley.media.internal.transport.PacketReply;

/**
 * The wired {@link LegMedia}: one leg's {@link ReceiveSide} and {@link SendSide} assembled together (the send side's
 * feedback nodes inside the receive pipeline, one local SSRC for every RTCP packet the SFU makes for the browser),
 * its {@link LegDtls}, the key frame requests toward its own video tracks, and its slot in the conference's dominant
 * speaker detection.
 *
 * <p>Wire: what the send pipeline passes and what the SFU makes ({@link RtcpSender}) goes to the leg's
 * {@link LegTransport} and is counted as sent; retransmissions leave as stored (already encrypted).
 *
 * <p>Threading: under the conference's lock, except {@link #dtls} and {@link #forward}; see {@link LegMedia}.
 */
public final class LegPipelines implements LegMedia {
    /** Retransmission copies kept per leg between uses; the buffers themselves live in the streams' rings. */
    private static final int RETRANSMISSION_POOL = 64;
    /** The largest RTCP compound the SFU writes: fits a pool buffer with SRTCP's overhead. */
    private static final int REPORT_LIMIT = 1200;
    private static final String NACK = "nack";
    private static final String FIR = "ccm fir";

    private final Leg leg;
    private final Conference conference;
    private final ReceiveSide receive;
    private final SendSide send;
    private final Pipeline receivePipeline;
    private final PacketOutput wire = this::toWire;
    private final RtcpSender rtcp;
    private final LegDtls dtls;
    private final int speakerSlot;
    private final int localSsrc;
    private final byte[] reports = new byte[BufferPool.BUFFER_BYTES];
    /** Key frame requests toward this leg's own video tracks, by {@link PublishedTrack#id()}. */
    private final Map<Integer, KeyframeRequestThrottle> keyframes = new HashMap<>();
    /** The track behind each outgoing stream, by stream index (for key frame requests when keys arrive). */
    private PublishedTrack[] bound = new PublishedTrack[4];
    private boolean keyed;

    private LegPipelines(Leg leg, DtlsEnvironment dtlsEnvironment) {
        this.leg = leg;
        this.conference = leg.conference();
        this.localSsrc = (int) RandomTokens.ssrc(leg.environment().random());
        this.speakerSlot = conference.speakers().join(leg.participantId());
        this.receive = new ReceiveSide(localSsrc, this::feedback, conference.speakers(), speakerSlot,
                slot -> conference.speakerChanged(conference.speakers().participantId(slot)));
        this.send = new SendSide(localSsrc, new BufferPool(RETRANSMISSION_POOL), receive.extensionIds(),
                receive.roundTrip(), receive.reception(), wire);
        this.rtcp = new RtcpSender(send.pipeline(), wire);
        this.receivePipeline = receive.assemble(send.feedbackNodes());
        this.dtls = new LegDtls(leg, this, dtlsEnvironment);
    }

    /** The builder the service puts in the environment: every leg gets pipelines and DTLS. */
    public static LegMediaBuilder builder(DtlsEnvironment dtls) {
        return leg -> new LegPipelines(leg, dtls);
    }

    /** The receive side's transport-cc feedback and NACKs (made before the send side exists, sent through it). */
    private void feedback(byte[] array, int offset, int length) {
        rtcp.send(array, offset, length);
    }

    private void toWire(byte[] array, int offset, int length) {
        LegTransport transport = leg.transport();
        if (transport != LegTransport.UNBOUND) {
            transport.send(array, offset, length);
            leg.counters().sent(length);
        }
    }

    @Override
    public void offered(SessionDescription offer, Map<String, Track> sending, List<SectionPlan> sections,
            DtlsParameters parameters) {
        receive.apply(offer, sending, sections);
        dtls.start(parameters);
    }

    @Override
    public void forward(Track track, boolean forwarded) {
        receive.forward(track, forwarded);
    }

    @Override
    public boolean receive(PacketContext context) {
        long before = receive.counters().packetsReceived();
        int arrived = context.packet.length();
        boolean passed = receivePipeline.run(context);
        if (receive.counters().packetsReceived() != before) {
            leg.counters().received(arrived);
        }
        return passed && !context.rtcp;
    }

    @Override
    public long accepted() {
        return receive.counters().packetsReceived();
    }

    @Override
    public void dtls(Packet packet, PacketReply path) {
        dtls.offer(packet, path);
    }

    /**
     * The handshake completed: SRTP both ways, then key frames so that video starts at once — from this browser for
     * the receivers its video has already, and from the senders of what this browser receives. Under the lock.
     */
    public void keys(SrtpSession inbound, SrtpSession outbound) {
        receive.keys(inbound);
        send.streams().keys(outbound);
        keyed = true;
        long now = System.nanoTime();
        for (KeyframeRequestThrottle own : keyframes.values()) {
            own.request(false, now);
        }
        for (PublishedTrack track : bound) {
            if (track != null) {
                track.sender().media().requestKeyframe(track, now);
            }
        }
    }

    @Override
    public void requestKeyframe(PublishedTrack own, long nowNanos) {
        KeyframeRequestThrottle throttle = keyframes(own);
        if (keyed && throttle != null) {
            throttle.request(false, nowNanos);
        }
    }

    @Override
    public void tick(long nowNanos, long wallMillis) {
        receive.onTick(nowNanos);
        int length = send.reports().writeIfDue(reports, 0, REPORT_LIMIT, nowNanos, wallMillis);
        if (length > 0) {
            rtcp.send(reports, 0, length);
        }
    }

    @Override
    public KeyframeRequestThrottle keyframes(PublishedTrack own) {
        if (own.track() == Track.AUDIO) {
            return null;
        }
        KeyframeRequestThrottle current = keyframes.get(own.id());
        if (current == null || current.mediaSsrc() != own.sourceSsrc()) {
            RtpSetup setup = leg.sendingSetup(own.sourceMid());
            boolean fir = setup != null && setup.codec().feedback().contains(FIR);
            current = new KeyframeRequestThrottle(localSsrc, own.sourceSsrc(), fir,
                    KeyframeRequestThrottle.DEFAULT_MIN_INTERVAL_NANOS, rtcp);
            keyframes.put(own.id(), current);
        }
        return current;
    }

    @Override
    public LegCounters.Reception reception() {
        return new LegCounters.Reception() {
            @Override
            public long packetsLost() {
                return receive.reception().packetsLost();
            }

            @Override
            public double jitterMillis() {
                return receive.reception().audioJitterMillis();
            }

            @Override
            public double roundTripMillis() {
                long nanos = receive.roundTrip().smoothedNanos();
                return nanos < 0 ? -1 : nanos / 1e6;
            }
        };
    }

    @Override
    public List<Pipeline> pipelines() {
        return List.of(receivePipeline, send.pipeline());
    }

    @Override
    public Pipeline pipeline() {
        return send.pipeline();
    }

    @Override
    public int open(PublishedTrack track) {
        RtpSetup mine = leg.receivingSetup(track);
        int clockRate = mine != null ? mine.codec().clockRate() : track.track() == Track.AUDIO ? 48_000 : 90_000;
        boolean nack = mine != null && mine.codec().feedback().contains(NACK);
        OutgoingStream stream = send.streams().open(track.forwardedSsrc(), clockRate, nack);
        if (stream.index() >= bound.length) {
            bound = Arrays.copyOf(bound, Math.max(stream.index() + 1, bound.length * 2));
        }
        bind(stream, track);
        return stream.index();
    }

    @Override
    public void rebind(int index, PublishedTrack track) {
        OutgoingStream stream = send.streams().get(index);
        if (stream != null) {
            bind(stream, track);
        }
    }

    /**
     * Puts the sender's current SSRC behind the stream, with the payload types and extension ids translated from
     * the sender's m-line to ours, and asks the sender for a key frame (a receiver that starts mid-stream can decode
     * nothing before one).
     */
    private void bind(OutgoingStream stream, PublishedTrack track) {
        RtpSetup mine = leg.receivingSetup(track);
        RtpSetup theirs = track.sender().sendingSetup(track.sourceMid());
        HeaderTranslation translation = mine != null && theirs != null
                ? HeaderTranslation.between(theirs, mine)
                : new HeaderTranslation();
        stream.bind(track.sourceSsrc(), translation, track.sender().media().keyframes(track));
        bound[stream.index()] = track;
        if (keyed) {
            track.sender().media().requestKeyframe(track, System.nanoTime());
        }
    }

    @Override
    public void close(int index) {
        send.streams().close(index);
        if (index >= 0 && index < bound.length) {
            bound[index] = null;
        }
    }

    @Override
    public void release() {
        send.streams().closeAll();
        dtls.close();
        conference.speakers().leave(speakerSlot);
    }

    /** The leg's DTLS (tests). */
    LegDtls dtlsSide() {
        return dtls;
    }

    /** The leg's receive and send sides (tests). */
    ReceiveSide receiveSide() {
        return receive;
    }

    SendSide sendSide() {
        return send;
    }
}

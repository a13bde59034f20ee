package org.parley.media.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.parley.media.api.LegStats;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.sdp.SectionPlan;
import org.parley.media.internal.sdp.SessionDescription;
import org.parley.media.internal.srtp.SrtpSession;

/**
 * Everything the SFU keeps to receive from one participant (browser → SFU), assembled in one place: the
 * {@link StreamTable} and {@link ExtensionIds} its offers set, the receive {@link #pipeline()}, the feedback it
 * sends the browser (transport-cc and NACKs, through {@code feedback}), its counters, reception statistics and
 * round-trip estimate (which the {@code SendSide} of the same leg shares).
 *
 * <p>Use, all under the conference's lock: make it, make the leg's {@code SendSide} from {@link #extensionIds()},
 * {@link #roundTrip()} and {@link #reception()}, then {@link #assemble} the pipeline once with the send side's
 * feedback nodes; on every browser offer {@link #apply}; when DTLS completes {@link #keys} (any thread); per
 * received SRTP/SRTCP packet set {@code arrivalNanos}, run {@link #pipeline()} and route what comes out; every
 * 20–50 ms {@link #onTick}. {@link #forward} may be called from any thread.
 */
public final class ReceiveSide {
    private final StreamTable streams = new StreamTable();
    private final ExtensionIds extensionIds = new ExtensionIds();
    private final RtxPayloadTypes rtxPayloadTypes = new RtxPayloadTypes();
    private final EndpointCounters counters = new EndpointCounters();
    private final RoundTripEstimator roundTrip = new RoundTripEstimator();
    private final LossAndJitter reception = new LossAndJitter(streams);
    private final SrtpDecryptNode decrypt = new SrtpDecryptNode(streams, counters);
    private final ForwardingGate gate = new ForwardingGate(streams, counters);
    private final TransportCcRecorder transportCc;
    private final NackGenerator nacks;
    private final AudioLevelObserver audioLevels;
    private Pipeline pipeline;

    /**
     * @param localSsrc the SSRC of the SFU's own RTCP on this leg (the send side's), sender of the feedback
     * @param feedback sends plain RTCP (transport-cc, NACK) to this participant; the caller encrypts it
     * @param speakers the conference's dominant speaker detection
     * @param speakerSlot this participant's slot in {@code speakers}
     * @param speakerChanges told the new dominant slot, under the conference's lock
     */
    public ReceiveSide(int localSsrc, PacketOutput feedback, DominantSpeaker speakers, int speakerSlot,
            IntConsumer speakerChanges) {
        transportCc = new TransportCcRecorder(localSsrc, feedback);
        nacks = new NackGenerator(streams, roundTrip, localSsrc, feedback);
        audioLevels = new AudioLevelObserver(streams, speakers, speakerSlot, speakerChanges);
    }

    /**
     * Builds the receive pipeline, once. Observers that need every authenticated packet come before the gate;
     * those that act only on forwarded media after it.
     *
     * @param rtcpConsumers nodes that answer the browser's RTCP feedback (the send side's), run after RTCP parsing
     */
    public Pipeline assemble(List<Node> rtcpConsumers) {
        if (pipeline != null) {
            throw new IllegalStateException("the receive pipeline is already assembled");
        }
        List<Node> nodes = new ArrayList<>();
        nodes.add(decrypt);
        nodes.add(new RtpParseNode(streams, extensionIds, counters));
        nodes.add(new RtcpParseNode(reception, roundTrip, counters));
        nodes.addAll(rtcpConsumers);
        nodes.add(transportCc);
        nodes.add(reception);
        nodes.add(gate);
        nodes.add(nacks);
        nodes.add(audioLevels);
        nodes.add(new RtxDecapsulator(streams, rtxPayloadTypes, counters));
        pipeline = new Pipeline(nodes);
        return pipeline;
    }

    /**
     * The receive pipeline; RTP that comes out is forwardable media of an allowed track (RTX already turned back
     * into the packet it repairs).
     */
    public Pipeline pipeline() {
        if (pipeline == null) {
            throw new IllegalStateException("assemble the receive pipeline first");
        }
        return pipeline;
    }

    /**
     * Takes a browser offer's sending streams, and the extension ids and RTX payload types the answer accepted
     * ({@code Negotiation.sections()} after answering it).
     */
    public void apply(SessionDescription offer, Map<String, Track> sending, List<SectionPlan> sections) {
        streams.apply(SignalledStream.in(offer, sending));
        extensionIds.learn(sections);
        rtxPayloadTypes.learn(sections);
    }

    /** Installs the inbound SRTP session (the browser's write keys); any thread. */
    public void keys(SrtpSession inbound) {
        decrypt.install(inbound);
    }

    /** Lets the participant's {@code track} through to the others, or stops it; any thread. */
    public void forward(Track track, boolean forwarded) {
        gate.allow(track, forwarded);
    }

    /** Sends the feedback that is due: transport-cc and repeated NACKs. */
    public void onTick(long nowNanos) {
        transportCc.onTick(nowNanos);
        nacks.onTick(nowNanos);
    }

    /** The leg's statistics now (under the conference's lock). */
    public LegStats stats() {
        return counters.stats(reception, roundTrip);
    }

    public StreamTable streams() {
        return streams;
    }

    public ExtensionIds extensionIds() {
        return extensionIds;
    }

    public RtxPayloadTypes rtxPayloadTypes() {
        return rtxPayloadTypes;
    }

    public EndpointCounters counters() {
        return counters;
    }

    public RoundTripEstimator roundTrip() {
        return roundTrip;
    }

    /** Loss and jitter per stream; the {@link ReceptionStats} of the leg's receiver reports. */
    public LossAndJitter reception() {
        return reception;
    }
}

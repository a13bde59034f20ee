package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.FullIntraRequest;
import org.parley.media.internal.rtcp.PictureLossIndication;
import org.parley.media.internal.rtcp.RtcpCompound;
import org.parley.media.internal.rtcp.RtcpHeader;
import org.parley.media.internal.rtcp.RtcpRefusal;

/**
 * Receive pipeline of a receiver's transport, after {@link RtcpParseNode}: turns the receiver's key frame requests
 * — PLI (RFC 4585 §6.3.1, media SSRC in the header) and FIR (RFC 5104 §4.3.1, one SSRC per FCI entry) — about a
 * stream the SFU sends it into a request to the source bound to that stream, through the source's
 * {@link KeyframeRequestThrottle} (which numbers FIRs itself and sends at most one request per interval). The
 * receiver's own FIR sequence numbers are not kept: each FIR it sends is taken as a new request, and the throttle
 * absorbs its repeats (RFC 5104 §4.3.1.1 repeats a FIR with the same number until the key frame arrives).
 *
 * <p>Requests for an SSRC the SFU does not send here, or for a stream with no video source bound, are counted and
 * ignored. Passes every packet. Not thread-safe: the conference's thread; allocates nothing.
 */
public final class KeyframeRequestRelay extends RtcpCompoundNode {
    private final OutgoingStreams streams;
    private final PictureLossIndication pli = new PictureLossIndication();
    private final FullIntraRequest fir = new FullIntraRequest();
    private long requests;
    private long unknownStream;

    public KeyframeRequestRelay(OutgoingStreams streams) {
        super("keyframe-request-relay");
        this.streams = streams;
    }

    @Override
    void take(RtcpCompound compound, long arrivalNanos) {
        if (compound.packetType() != RtcpHeader.PSFB) {
            return;
        }
        if (compound.count() == PictureLossIndication.FORMAT && wrapped(pli.wrap(compound.array(),
                compound.packetOffset(), compound.packetLength()))) {
            relay(pli.mediaSsrc(), false, arrivalNanos);
        } else if (compound.count() == FullIntraRequest.FORMAT && wrapped(fir.wrap(compound.array(),
                compound.packetOffset(), compound.packetLength()))) {
            for (int entry = 0; entry < fir.entries(); entry++) {
                relay(fir.entrySsrc(entry), true, arrivalNanos);
            }
        }
    }

    private static boolean wrapped(RtcpRefusal refusal) {
        return refusal == RtcpRefusal.NONE;
    }

    private void relay(int ssrc, boolean fullIntra, long nowNanos) {
        requests++;
        OutgoingStream stream = streams.bySsrc(ssrc);
        KeyframeRequestThrottle source = stream == null ? null : stream.keyframes();
        if (source == null) {
            unknownStream++;
            return;
        }
        source.request(fullIntra, nowNanos);
    }

    /** Key frame requests received (one per PLI, one per FIR entry). */
    public long requests() {
        return requests;
    }

    /** Requests about an SSRC the SFU does not send here, or a stream with no video source bound. */
    public long unknownStream() {
        return unknownStream;
    }
}

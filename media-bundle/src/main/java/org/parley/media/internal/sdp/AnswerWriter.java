package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server's answer to a browser's offer (JSEP RFC 8829 §5.3): one ICE-lite BUNDLE transport, the codecs and
 * extensions of {@link CodecSelection}, every other m-line rejected with port 0 (RFC 3264 §6), m-lines outside
 * the offered BUNDLE group rejected (the SFU runs one transport). Directions mirror the offer for what the SFU
 * receives (the browser's sendrecv or sendonly is answered recvonly, anything else inactive); on m-lines the
 * SFU itself sends on ({@code sending}, from earlier re-offers) it answers sendonly if the browser receives.
 * Stateless and thread-safe.
 */
public final class AnswerWriter {

    private AnswerWriter() {
    }

    /** A first answer to {@code offer}: the server takes the DTLS role of {@link DtlsRoles#answering}. */
    public static String write(SessionDescription offer, LocalSession local, long version) throws SdpRefusal {
        Setup role = DtlsRoles.answering(offer.bundleTag().setup());
        return DescriptionWriter.write(plans(offer, Map.of()), local, version, role);
    }

    /** The answer's sections; refused when the BUNDLE-tag m-line itself would be rejected. */
    static List<SectionPlan> plans(SessionDescription offer, Map<String, RemoteTrack> sending) throws SdpRefusal {
        List<SectionPlan> plans = new ArrayList<>();
        for (MediaDescription m : offer.media()) {
            RtpSetup rtp = offer.bundle().contains(m.mid()) ? CodecSelection.select(m) : null;
            RemoteTrack track = sending.get(m.mid());
            if (rtp == null || track != null && track.kind() != m.kind()) {
                plans.add(SectionPlan.rejected(m.mid(), m.media(), m.protocol(), m.formats()));
                continue;
            }
            Direction direction = track != null ? Direction.of(m.direction().receives(), false)
                    : Direction.of(false, m.direction().sends());
            plans.add(new SectionPlan(m.mid(), m.media(), m.protocol(), rtp.formats(), direction, rtp,
                    track, m.rtcpReducedSize()));
        }
        MediaDescription tag = offer.bundleTag();
        if (plans.get(tag.index()).isRejected()) {
            throw new SdpRefusal(tag.line(), "the BUNDLE-tag m-line (mid " + tag.mid() + ") offers nothing the SFU"
                    + " accepts (Opus or VP8); RFC 9143 §7.3 forbids rejecting it alone");
        }
        return plans;
    }
}

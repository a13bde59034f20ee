package org.parley.media.internal.sdp;

import java.util.List;
import java.util.Map;

/**
 * The RTP setup of the m-lines the SFU sends on, per kind. It copies what the browser accepted for its own audio
 * and video m-lines (same payload types and extension ids, which must agree across the BUNDLE group, RFC 9143
 * §9.1.1); a participant that never offered a kind gets Chrome's usual numbers (Opus 111, VP8 96 with RTX 97,
 * audio level 1, transport-cc 3, mid 4), which its own m-lines of the other kind do not use.
 */
final class SendTemplates {
    private static final int OPUS_PT = 111;
    private static final int VP8_PT = 96;
    private static final int RTX_PT = 97;
    private static final HeaderExtension AUDIO_LEVEL = new HeaderExtension(1, HeaderExtension.AUDIO_LEVEL);
    private static final HeaderExtension TRANSPORT_CC = new HeaderExtension(3, HeaderExtension.TRANSPORT_CC);
    private static final HeaderExtension MID = new HeaderExtension(4, HeaderExtension.MID);
    static final RtpSetup DEFAULT_AUDIO = new RtpSetup(MediaKind.AUDIO,
            new Codec(OPUS_PT, "opus", 48_000, 2, CodecSelection.OPUS_FMTP, Map.of(), List.of("transport-cc")), null,
            List.of(AUDIO_LEVEL, TRANSPORT_CC, MID));
    static final RtpSetup DEFAULT_VIDEO = new RtpSetup(MediaKind.VIDEO,
            new Codec(VP8_PT, "VP8", 90_000, 1, "", Map.of(), List.of("nack", "nack pli", "ccm fir", "transport-cc")),
            new Codec(RTX_PT, "rtx", 90_000, 1, "apt=" + VP8_PT, Map.of("apt", "" + VP8_PT), List.of()),
            List.of(TRANSPORT_CC, MID));

    private RtpSetup audio;
    private RtpSetup video;

    /** Learns from the sections of an answer: the first accepted audio and video m-lines of the browser. */
    void learn(List<SectionPlan> answered) {
        for (SectionPlan p : answered) {
            if (p.isRejected() || p.track() != null) {
                continue;
            }
            if (audio == null && p.rtp().kind() == MediaKind.AUDIO) {
                audio = p.rtp();
            } else if (video == null && p.rtp().kind() == MediaKind.VIDEO) {
                video = p.rtp();
            }
        }
    }

    /** The section that sends {@code track} on m-line {@code mid}. */
    SectionPlan sending(String mid, RemoteTrack track) {
        RtpSetup rtp = track.kind() == MediaKind.AUDIO ? (audio != null ? audio : DEFAULT_AUDIO)
                : (video != null ? video : DEFAULT_VIDEO);
        if (track.rtxSsrc() < 0 && rtp.rtx() != null) {
            rtp = new RtpSetup(rtp.kind(), rtp.codec(), null, rtp.extensions());
        }
        return new SectionPlan(mid, track.kind().token(), CodecSelection.PROTOCOLS.get(0), rtp.formats(),
                Direction.SENDONLY, rtp, track, true);
    }
}

package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Picks what the SFU accepts from an offered m-line (first increment: Opus and VP8 only, RFC 7874 §3 and
 * RFC 7742 §5 make both mandatory for browsers):
 * <ul>
 * <li>audio: opus/48000/2 with the browser's payload type, fmtp {@code minptime=10;useinbandfec=1} (RFC 7587
 * §6.1) and, if offered, transport-cc feedback;</li>
 * <li>video: VP8/90000 with the browser's payload type and feedback nack, nack pli, ccm fir, transport-cc
 * (RFC 4585, RFC 5104; each only if offered, an answer may not add feedback), plus its RTX payload type
 * ({@code apt}, RFC 4588 §8.6) when offered;</li>
 * <li>header extensions: only ssrc-audio-level (audio), transport-wide-cc and sdes:mid, with the browser's
 * ids.</li>
 * </ul>
 * Anything else, or an m-line without those codecs, is rejected.
 */
public final class CodecSelection {
    /** The protocols of JSEP RFC 8829 §5.1.2 for DTLS-SRTP media. */
    static final List<String> PROTOCOLS = List.of("UDP/TLS/RTP/SAVPF", "TCP/DTLS/RTP/SAVPF");
    static final String OPUS_FMTP = "minptime=10;useinbandfec=1";
    private static final int OPUS_RATE = 48_000;
    private static final int OPUS_CHANNELS = 2;
    private static final int VIDEO_RATE = 90_000;
    private static final List<String> AUDIO_FEEDBACK = List.of("transport-cc");
    private static final List<String> VIDEO_FEEDBACK = List.of("nack", "nack pli", "ccm fir", "transport-cc");
    private static final List<String> AUDIO_EXTENSIONS =
            List.of(HeaderExtension.AUDIO_LEVEL, HeaderExtension.TRANSPORT_CC, HeaderExtension.MID);
    private static final List<String> VIDEO_EXTENSIONS = List.of(HeaderExtension.TRANSPORT_CC, HeaderExtension.MID);

    private CodecSelection() {
    }

    /** What the SFU accepts of {@code offered}, or null when it rejects the m-line. */
    public static RtpSetup select(MediaDescription offered) {
        if (offered.rejected() || !PROTOCOLS.contains(offered.protocol())) {
            return null;
        }
        return switch (offered.kind()) {
            case AUDIO -> audio(offered);
            case VIDEO -> video(offered);
            default -> null;
        };
    }

    private static RtpSetup audio(MediaDescription offered) {
        for (Codec c : offered.codecs()) {
            if (c.is("opus") && c.clockRate() == OPUS_RATE && c.channels() == OPUS_CHANNELS) {
                Codec opus = new Codec(c.payloadType(), "opus", OPUS_RATE, OPUS_CHANNELS, OPUS_FMTP,
                        Map.of("minptime", "10", "useinbandfec", "1"), offeredOf(c, AUDIO_FEEDBACK));
                return new RtpSetup(MediaKind.AUDIO, opus, null, extensions(offered, AUDIO_EXTENSIONS));
            }
        }
        return null;
    }

    private static RtpSetup video(MediaDescription offered) {
        for (Codec c : offered.codecs()) {
            if (c.is("VP8") && c.clockRate() == VIDEO_RATE) {
                Codec vp8 = new Codec(c.payloadType(), "VP8", VIDEO_RATE, 1, "", Map.of(),
                        offeredOf(c, VIDEO_FEEDBACK));
                return new RtpSetup(MediaKind.VIDEO, vp8, rtxFor(offered, c.payloadType()),
                        extensions(offered, VIDEO_EXTENSIONS));
            }
        }
        return null;
    }

    private static Codec rtxFor(MediaDescription offered, int pt) {
        for (Codec c : offered.codecs()) {
            if (c.is("rtx") && c.clockRate() == VIDEO_RATE && c.associatedPayloadType() == pt) {
                return new Codec(c.payloadType(), "rtx", VIDEO_RATE, 1, "apt=" + pt, Map.of("apt", "" + pt), List.of());
            }
        }
        return null;
    }

    private static List<String> offeredOf(Codec offered, List<String> wanted) {
        return wanted.stream().filter(offered.feedback()::contains).toList();
    }

    private static List<HeaderExtension> extensions(MediaDescription offered, List<String> wanted) {
        List<HeaderExtension> kept = new ArrayList<>();
        for (HeaderExtension e : offered.extensions()) {
            if (wanted.contains(e.uri())) {
                kept.add(e);
            }
        }
        return kept;
    }
}

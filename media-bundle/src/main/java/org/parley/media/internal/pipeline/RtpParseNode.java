package org.parley.media.internal.pipeline;

import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtp.AudioLevel;
import org.parley.media.internal.rtp.BigEndian;
import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.rtp.RtpRefusal;
import org.parley.media.internal.rtp.RtpRewriter;

/**
 * Parses a decrypted RTP packet (RFC 3550 §5.1) into the {@link PacketContext}: sequence number, timestamp,
 * payload type; the transport-wide sequence number and the RFC 6464 audio level and voice activity when their
 * extensions were negotiated ({@link ExtensionIds}); for camera and screen media whether it starts a VP8 key frame
 * ({@link Vp8Keyframe}); for RTX the original sequence number it repairs (RFC 4588 §4: the first two payload
 * bytes). A header that does not parse is dropped as {@link DropReason#MALFORMED_RTP}. RTCP passes untouched.
 *
 * <p>Not thread-safe (the conference's thread); allocates nothing.
 */
public final class RtpParseNode extends Node {
    /** RFC 4588 §4: the RTX payload starts with the 16-bit original sequence number. */
    static final int ORIGINAL_SEQUENCE_LENGTH = 2;

    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();
    private final StreamTable streams;
    private final ExtensionIds extensionIds;
    private final EndpointCounters counters;

    public RtpParseNode(StreamTable streams, ExtensionIds extensionIds, EndpointCounters counters) {
        super("rtp-parse");
        this.streams = streams;
        this.extensionIds = extensionIds;
        this.counters = counters;
    }

    @Override
    protected boolean process(PacketContext context) {
        if (context.rtcp) {
            return true;
        }
        if (header.wrap(context.packet.array(), context.packet.offset(), context.packet.length()) != RtpRefusal.NONE) {
            return counters.drop(DropReason.MALFORMED_RTP);
        }
        context.sequenceNumber = header.sequenceNumber();
        context.timestamp = header.timestamp();
        context.payloadType = header.payloadType();
        int transportCc = extensionIds.transportCc();
        if (transportCc != ExtensionIds.NONE) {
            context.transportSequenceNumber = RtpRewriter.transportSequenceNumber(header, elements, transportCc);
        }
        int stream = context.stream;
        if (stream < 0) {
            return true;
        }
        if (streams.isRtx(stream)) {
            context.originalSequenceNumber = header.payloadLength() >= ORIGINAL_SEQUENCE_LENGTH
                    ? BigEndian.uint16(header.array(), header.payloadOffset()) : -1;
        } else if (streams.track(stream) == Track.AUDIO) {
            readAudioLevel(context);
        } else {
            context.keyframe = Vp8Keyframe.starts(header.array(), header.payloadOffset(), header.payloadLength());
        }
        return true;
    }

    private void readAudioLevel(PacketContext context) {
        int id = extensionIds.audioLevel();
        if (id != ExtensionIds.NONE && elements.find(header, id) && elements.dataLength() >= 1) {
            context.audioLevel = AudioLevel.level(header, elements, id);
            context.voiceActivity = AudioLevel.voiceActivity(header, elements, id);
        }
    }
}

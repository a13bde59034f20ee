package org.parley.media.internal.rtp;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile input to the RTP header view and extension iterator: never throws, never reads outside the view. */
class RtpPropertyTest {

    private static final byte[][] SEEDS = {HostileInput.hex(ChromePackets.OPUS), HostileInput.hex(ChromePackets.VP8),
        HostileInput.hex("a2 00 00 01 00 00 00 02 00 00 00 03 11 11 11 11 22 22 22 22 aa bb 00 00 03")};

    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();

    @Test
    void randomTruncatedAndFlippedPacketsStayInsideTheView() {
        Random random = new Random(20_240_501L);
        HostileInput.mutations(SEEDS, random, 30_000,
                packet -> HostileInput.assertConfined(packet, this::describe, random));
    }

    private String describe(byte[] array, int offset, int length) {
        RtpRefusal refusal = header.wrap(array, offset, length);
        StringBuilder text = new StringBuilder().append(refusal).append(' ').append(header.refusedNeed()).append(' ')
                .append(header.refusedHave());
        if (refusal != RtpRefusal.NONE) {
            return text.toString();
        }
        text.append(' ').append(header.ssrc()).append(' ').append(header.sequenceNumber()).append(' ')
                .append(header.timestamp()).append(' ').append(header.payloadType()).append(' ')
                .append(header.payloadOffset() - offset).append(' ').append(header.payloadLength());
        for (int index = 0; index < header.csrcCount(); index++) {
            text.append(" c").append(header.csrc(index));
        }
        if (header.hasExtension()) {
            elements.reset(header);
            while (elements.next()) {
                text.append(" e").append(elements.id()).append('@').append(elements.dataOffset() - offset)
                        .append('+').append(elements.dataLength());
            }
            text.append(" level ").append(AudioLevel.level(header, elements, 1))
                    .append(AudioLevel.voiceActivity(header, elements, 1))
                    .append(" tcc ").append(RtpRewriter.transportSequenceNumber(header, elements, 3));
        }
        return text.toString();
    }
}

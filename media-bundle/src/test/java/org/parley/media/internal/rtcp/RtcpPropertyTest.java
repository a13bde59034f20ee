package org.parley.media.internal.rtcp;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtp.HostileInput;

/**
 * Hostile input to the compound iterator and every view: never throws, never reads outside the view. Each packet
 * is also offered to every view directly (a view must refuse, not trust, a packet the compound did not check).
 */
class RtcpPropertyTest {

    private static final byte[][] SEEDS = {HostileInput.hex(ChromeRtcp.RR_SDES), HostileInput.hex(ChromeRtcp.SR),
        HostileInput.hex(ChromeRtcp.NACK), HostileInput.hex(ChromeRtcp.PLI), HostileInput.hex(ChromeRtcp.FIR),
        HostileInput.hex(ChromeRtcp.REMB), HostileInput.hex(ChromeRtcp.TWCC), HostileInput.hex(ChromeRtcp.BYE),
        HostileInput.hex(ChromeRtcp.SR + ChromeRtcp.RR_SDES + ChromeRtcp.BYE)};

    private final RtcpCompound compound = new RtcpCompound();
    private final SenderReport sender = new SenderReport();
    private final ReceiverReport receiver = new ReceiverReport();
    private final SourceDescription sdes = new SourceDescription();
    private final Goodbye bye = new Goodbye();
    private final GenericNack nack = new GenericNack();
    private final PictureLossIndication pli = new PictureLossIndication();
    private final FullIntraRequest fir = new FullIntraRequest();
    private final ReceiverEstimatedMaximumBitrate remb = new ReceiverEstimatedMaximumBitrate();
    private final TransportCcFeedback twcc = new TransportCcFeedback(512);
    private final ReportBlock block = new ReportBlock();

    @Test
    void randomTruncatedAndFlippedPacketsStayInsideTheView() {
        Random random = new Random(20_240_502L);
        HostileInput.mutations(SEEDS, random, 30_000,
                packet -> HostileInput.assertConfined(packet, this::describe, random));
    }

    private String describe(byte[] array, int offset, int length) {
        StringBuilder text = new StringBuilder().append(compound.wrap(array, offset, length)).append(' ')
                .append(compound.refusedNeed()).append(' ').append(compound.refusedHave());
        while (compound.next()) {
            text.append(" |").append(compound.packetOffset() - offset).append('+').append(compound.packetLength());
        }
        text.append(" /");
        describeViews(array, offset, length, text);
        return text.toString();
    }

    private void describeViews(byte[] array, int offset, int length, StringBuilder text) {
        if (sender.wrap(array, offset, length) == RtcpRefusal.NONE) {
            text.append(" sr ").append(sender.ntpTimestamp()).append(sender.packetCount());
            for (int index = 0; index < sender.count(); index++) {
                text.append(' ').append(sender.reportBlock(index, block).highestSequence);
            }
        }
        if (receiver.wrap(array, offset, length) == RtcpRefusal.NONE) {
            for (int index = 0; index < receiver.count(); index++) {
                text.append(" rr ").append(receiver.reportBlock(index, block).cumulativeLost);
            }
        }
        describeSourceDescription(array, offset, length, text);
        if (bye.wrap(array, offset, length) == RtcpRefusal.NONE) {
            for (int index = 0; index < bye.count(); index++) {
                text.append(" bye ").append(bye.ssrc(index));
            }
            text.append(' ').append(bye.reasonOffset() - offset).append('+').append(bye.reasonLength());
        }
        if (nack.wrap(array, offset, length) == RtcpRefusal.NONE) {
            for (int lost = nack.nextLost(); lost >= 0; lost = nack.nextLost()) {
                text.append(" n").append(lost);
            }
        }
        text.append(' ').append(pli.wrap(array, offset, length)).append(' ').append(fir.wrap(array, offset, length));
        for (int index = 0; index < fir.entries(); index++) {
            text.append(" fir ").append(fir.entrySsrc(index)).append(fir.entrySequence(index));
        }
        if (remb.wrap(array, offset, length) == RtcpRefusal.NONE) {
            text.append(" remb ").append(remb.bitrate()).append(remb.ssrcCount() > 0 ? remb.ssrc(0) : 0);
        }
        text.append(' ').append(twcc.wrap(array, offset, length)).append(twcc.refusedNeed());
        for (int index = 0; index < twcc.receivedCount(); index++) {
            text.append(" t").append(twcc.receivedSequence(index)).append('@').append(twcc.receivedTimeMicros(index));
        }
    }

    private void describeSourceDescription(byte[] array, int offset, int length, StringBuilder text) {
        if (sdes.wrap(array, offset, length) != RtcpRefusal.NONE) {
            return;
        }
        while (sdes.nextChunk()) {
            text.append(" chunk ").append(sdes.chunkSsrc());
            while (sdes.nextItem()) {
                text.append(' ').append(sdes.itemType()).append('@').append(sdes.itemOffset() - offset).append('+')
                        .append(sdes.itemLength());
            }
        }
        text.append(sdes.truncated());
    }
}

package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtcp.ReceiverReport;
import org.parley.media.internal.rtcp.ReportBlock;
import org.parley.media.internal.rtp.BigEndian;
import org.parley.media.internal.srtp.SrtcpContext;
import org.parley.media.internal.srtp.SrtpContext;
import org.parley.media.internal.srtp.SrtpPackets;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.srtp.SrtpSession;

/**
 * The receive hot path allocates less than a byte per packet: 100,000 packets (two thirds Opus with audio level
 * and transport-cc, one third 1,000-byte VP8 with a lost packet every 50, an SRTCP receiver report every 100),
 * protected as a browser would and run through the whole receive pipeline (decrypt, parse, transport-cc, loss
 * and jitter, gate, NACK, audio level), with the timer's feedback every 10 packets; after a warm-up. Prints the
 * time per packet against a baseline of the same packets protected and unprotected without the pipeline, measured in
 * the same run (never asserted).
 */
class ReceiveAllocationTest {
    private static final int PACKETS = 100_000;
    private static final int WARM_UP = 30_000;
    private static final long PACKET_SPACING_NANOS = 7_000_000L;
    private static final int AUDIO = 0x11111111;
    private static final int VIDEO = 0x22222222;
    /** Where the test packets carry their transport-wide number: after the 12-byte header and 4-byte 0xBEDE. */
    private static final int TRANSPORT_CC_VALUE_AT = 17;

    private final byte[] buffer = new byte[TestPackets.BUFFER];
    private final TestPackets.Rtp audioPacket = TestPackets.rtp(AUDIO, 0).transportCc(0).audioLevel(35, true);
    private final byte[] audioTemplate = audioPacket.build();
    private final int audioLength = audioPacket.length();
    private final TestPackets.Rtp videoPacket = TestPackets.rtp(VIDEO, 0).payloadType(TestPackets.VP8).transportCc(0)
            .payload(new byte[1000]);
    private final byte[] videoTemplate = videoPacket.build();
    private final int videoLength = videoPacket.length();
    private final ReportBlock[] blocks = {new ReportBlock()};
    private final PacketContext context = new PacketContext();
    private long feedbackBytes;
    private ReceiveSide side;
    private SrtpContext audioSender;
    private SrtpContext videoSender;
    private SrtcpContext rtcpSender;
    private SrtpContext audioReceiver;
    private SrtpContext videoReceiver;
    private SrtcpContext rtcpReceiver;
    private int audioSequence;
    private int videoSequence;
    private int transportSequence;
    private long now = 1_000_000_000L;

    @Test
    void theReceivePathAllocatesNothingPerPacket() {
        setUp();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int warm = run(WARM_UP);
        decryptOnly(WARM_UP);
        long before = threads.getThreadAllocatedBytes(thread);
        long startNanos = System.nanoTime();
        int forwarded = run(PACKETS);
        long elapsed = System.nanoTime() - startNanos;
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        long baselineStart = System.nanoTime();
        decryptOnly(PACKETS);
        long baseline = System.nanoTime() - baselineStart;

        System.out.printf("receive path: %.3f bytes and %.2f µs per packet; %.2f times the time of SRTP protect +"
                + " unprotect alone (%.2f µs); %d feedback bytes%n", (double) allocated / PACKETS,
                elapsed / 1e3 / PACKETS, (double) elapsed / baseline, baseline / 1e3 / PACKETS, feedbackBytes);
        assertTrue(warm > 0 && forwarded >= PACKETS * 98 / 100, "forwarded " + forwarded);
        assertEquals(0, side.counters().droppedTotal());
        assertTrue(feedbackBytes > 0);
        assertTrue(allocated < PACKETS, "allocated " + allocated + " bytes for " + PACKETS + " packets");
    }

    private void setUp() {
        SrtpSession[] sessions = SrtpPackets.pair(SrtpProfile.AES_CM_128_HMAC_SHA1_80, 3);
        DominantSpeaker speakers = new DominantSpeaker();
        side = new ReceiveSide(0x5FC00001, (array, offset, length) -> feedbackBytes += length, speakers,
                speakers.join("alice"), slot -> { });
        side.assemble(List.of());
        side.streams().apply(List.of(new SignalledStream(Track.AUDIO, AUDIO, -1),
                new SignalledStream(Track.VIDEO, VIDEO & 0xFFFF_FFFFL, -1)));
        side.extensionIds().set(TestPackets.TRANSPORT_CC_ID, TestPackets.AUDIO_LEVEL_ID, TestPackets.MID_ID);
        side.keys(sessions[1]);
        side.forward(Track.AUDIO, true);
        side.forward(Track.VIDEO, true);
        audioSender = sessions[0].rtpContext(AUDIO);
        videoSender = sessions[0].rtpContext(VIDEO);
        rtcpSender = sessions[0].rtcpContext(1);
        SrtpSession baseline = SrtpPackets.pair(SrtpProfile.AES_CM_128_HMAC_SHA1_80, 3)[1];
        audioReceiver = baseline.rtpContext(AUDIO);
        videoReceiver = baseline.rtpContext(VIDEO);
        rtcpReceiver = baseline.rtcpContext(1);
    }

    /** The baseline: the same packets protected, then unprotected by bare contexts, without the pipeline. */
    private void decryptOnly(int count) {
        for (int i = 0; i < count; i++) {
            now += PACKET_SPACING_NANOS;
            if (i % 100 == 99) {
                rtcpReceiver.unprotect(buffer, 0, receiverReport());
            } else if (i % 3 == 0) {
                videoReceiver.unprotect(buffer, 0, video());
            } else {
                audioReceiver.unprotect(buffer, 0, audio());
            }
        }
    }

    private int run(int count) {
        int forwarded = 0;
        for (int i = 0; i < count; i++) {
            now += PACKET_SPACING_NANOS;
            int length = i % 100 == 99 ? receiverReport() : i % 3 == 0 ? video() : audio();
            context.reset();
            context.packet.wrap(buffer, 0, length, null);
            context.arrivalNanos = now;
            if (side.pipeline().run(context)) {
                forwarded++;
            }
            if (i % 10 == 0) {
                side.onTick(now);
            }
        }
        return forwarded;
    }

    private int audio() {
        System.arraycopy(audioTemplate, 0, buffer, 0, audioLength);
        stamp(audioSequence++, audioSequence * 960L);
        audioSender.protect(buffer, 0, audioLength);
        return audioSender.length();
    }

    private int video() {
        videoSequence += videoSequence % 50 == 49 ? 2 : 1;
        System.arraycopy(videoTemplate, 0, buffer, 0, videoLength);
        stamp(videoSequence, videoSequence * 3000L);
        videoSender.protect(buffer, 0, videoLength);
        return videoSender.length();
    }

    private void stamp(int sequence, long timestamp) {
        BigEndian.putUint16(buffer, 2, sequence);
        BigEndian.putInt32(buffer, 4, timestamp);
        BigEndian.putUint16(buffer, TRANSPORT_CC_VALUE_AT, transportSequence++);
    }

    private int receiverReport() {
        blocks[0].ssrc = 0x42;
        int length = ReceiverReport.write(buffer, 0, 1, blocks, 1);
        rtcpSender.protect(buffer, 0, length);
        return rtcpSender.length();
    }
}

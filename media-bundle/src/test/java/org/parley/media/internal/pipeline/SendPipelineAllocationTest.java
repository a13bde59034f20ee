package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtcp.GenericNack;
import org.parley.media.internal.rtcp.PictureLossIndication;
import org.parley.media.internal.srtp.SrtpPackets;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.transport.BufferPool;

/**
 * Bytes allocated per packet on the send side after a warm-up: 100,000 forwarded packets (Opus and VP8 alternating)
 * through rewrite → transport-wide number → SRTP → retransmission store, with a NACK answered every 100 packets, a
 * PLI relayed every 500, and the leg's RTCP reports written and encrypted whenever due. Must stay under one byte per
 * packet (issue 7: the packet path allocates nothing).
 */
class SendPipelineAllocationTest {
    private static final int WARM_UP = 20_000;
    private static final int PACKETS = 100_000;
    private static final int AUDIO_SOURCE = 0xA0A0;
    private static final int VIDEO_SOURCE = 0xB0B0;
    private static final long PACKET_INTERVAL_NANOS = 1_000_000L;
    private static final int NACK_EVERY = 100;
    private static final int PLI_EVERY = 500;

    private final PacketContext context = new PacketContext();
    private final byte[] buffer = new byte[BufferPool.BUFFER_BYTES];
    private final byte[] rtcp = new byte[BufferPool.BUFFER_BYTES];
    private final int[] lost = new int[3];
    private SendSide side;
    private OutgoingStream audio;
    private OutgoingStream video;
    private List<Node> feedback;
    private long sent;
    private long retransmitted;

    @Test
    void sendSideAllocatesNothingPerPacket() {
        for (SrtpProfile profile : new SrtpProfile[] {SrtpProfile.AEAD_AES_128_GCM,
                SrtpProfile.AES_CM_128_HMAC_SHA1_80}) {
            double perPacket = bytesPerPacket(profile);
            System.out.printf("Send side (%s): %.3f bytes allocated per packet%n", profile, perPacket);
            assertTrue(perPacket < 1, profile + ": " + perPacket + " bytes per packet");
        }
    }

    private double bytesPerPacket(SrtpProfile profile) {
        setUp(profile);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        run(0, WARM_UP);
        long before = threads.getThreadAllocatedBytes(threadId);
        run(WARM_UP, PACKETS);
        long allocated = threads.getThreadAllocatedBytes(threadId) - before;
        assertEquals(WARM_UP + PACKETS, sent, "every packet went out");
        assertTrue(retransmitted > 0, "NACKs were answered");
        assertEquals(video.retransmissions().resent(), retransmitted);
        assertTrue(audio.rewriter().packets() > 0 && video.keyframes().plisSent() > 0);
        return allocated / (double) PACKETS;
    }

    private void setUp(SrtpProfile profile) {
        ExtensionIds ids = new ExtensionIds();
        ids.set(SendPackets.TRANSPORT_CC_ID, SendPackets.AUDIO_LEVEL_ID, SendPackets.MID_ID);
        side = new SendSide(0x10C41, new BufferPool(1_024), ids, new RoundTripEstimator(),
                (blocks, now) -> 0, (array, offset, length) -> retransmitted++);
        audio = side.streams().open(0xA1, 48_000, false);
        video = side.streams().open(0xB1, 90_000, true);
        audio.bind(AUDIO_SOURCE, new HeaderTranslation().payloadType(SendPackets.OPUS, SendPackets.OPUS)
                .extension(SendPackets.AUDIO_LEVEL_ID, SendPackets.AUDIO_LEVEL_ID)
                .extension(SendPackets.TRANSPORT_CC_ID, SendPackets.TRANSPORT_CC_ID), null);
        video.bind(VIDEO_SOURCE, new HeaderTranslation().payloadType(SendPackets.VP8, SendPackets.VP8)
                .extension(SendPackets.TRANSPORT_CC_ID, SendPackets.TRANSPORT_CC_ID),
                new KeyframeRequestThrottle(0x5E, VIDEO_SOURCE, true,
                        KeyframeRequestThrottle.DEFAULT_MIN_INTERVAL_NANOS, (array, offset, length) -> { }));
        side.streams().keys(SrtpPackets.pair(profile, 11)[0]);
        feedback = side.feedbackNodes();
        sent = 0;
        retransmitted = 0;
    }

    private void run(int first, int count) {
        for (int index = first; index < first + count; index++) {
            long now = index * PACKET_INTERVAL_NANOS;
            boolean isVideo = (index & 1) == 1;
            int sequence = index >>> 1;
            int length = SendPackets.write(buffer, 0, isVideo ? SendPackets.VP8 : SendPackets.OPUS, sequence,
                    sequence * (isVideo ? 3_000L : 960L), isVideo ? VIDEO_SOURCE : AUDIO_SOURCE, 0x7777,
                    isVideo ? 1_100 : 120);
            if (side.pipeline().run(SendPackets.forward(context, buffer, length,
                    (isVideo ? video : audio).index(), now))) {
                sent++;
            }
            if (index % NACK_EVERY == 0) {
                answerNack(now);
            }
            if (index % PLI_EVERY == 0) {
                feedback(PictureLossIndication.write(rtcp, 0, 0x77, video.ssrc()), now);
            }
            sendReportsIfDue(now);
        }
    }

    /** A NACK for the last three video packets sent. */
    private void answerNack(long now) {
        int newest = (int) (video.rewriter().packets() - 1) & 0xFFFF;
        lost[0] = newest - 2 & 0xFFFF;
        lost[1] = newest - 1 & 0xFFFF;
        lost[2] = newest;
        feedback(GenericNack.write(rtcp, 0, 0x77, video.ssrc(), lost, 3), now);
    }

    private void feedback(int length, long now) {
        context.reset();
        context.packet.wrap(rtcp, 0, length, null);
        context.rtcp = true;
        context.arrivalNanos = now;
        for (int i = 0; i < feedback.size(); i++) {
            feedback.get(i).run(context);
        }
    }

    private void sendReportsIfDue(long now) {
        int length = side.reports().writeIfDue(rtcp, 0, 1_200, now, 1_700_000_000_000L + now / 1_000_000L);
        if (length > 0) {
            context.reset();
            context.packet.wrap(rtcp, 0, length, null);
            context.rtcp = true;
            assertTrue(side.pipeline().run(context), "reports encrypted under their first sender SSRC");
        }
    }
}

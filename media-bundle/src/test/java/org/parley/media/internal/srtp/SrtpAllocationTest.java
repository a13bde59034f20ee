package org.parley.media.internal.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Bytes allocated per protect + unprotect of one RTP packet, after a warm-up. AES-CM-HMAC must stay under one byte
 * per packet (ECB keystream and HMAC over a reused digest); the GCM figure is printed, not asserted (the JDK's
 * {@code Cipher.init} and GCM allocate per packet; the README explains what would remove it).
 */
class SrtpAllocationTest {
    private static final int PACKETS = 100_000;
    private static final int PAYLOAD = 1000;

    @Test
    void aesCmHmacAllocatesNothingPerPacket() {
        double perPacket = bytesPerPacket(SrtpProfile.AES_CM_128_HMAC_SHA1_80, PACKETS);
        System.out.printf("SRTP AES_CM_128_HMAC_SHA1_80: %.3f bytes allocated per protect + unprotect%n", perPacket);
        assertTrue(perPacket < 1, perPacket + " bytes per packet");
    }

    @Test
    void gcmFigureIsReported() {
        for (SrtpProfile profile : new SrtpProfile[] {SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.AEAD_AES_256_GCM}) {
            double perPacket = bytesPerPacket(profile, PACKETS / 10);
            System.out.printf("SRTP %s: %.0f bytes allocated per protect + unprotect%n", profile, perPacket);
            assertTrue(perPacket > 0, "if GCM stopped allocating, assert it here too");
        }
    }

    private static double bytesPerPacket(SrtpProfile profile, int packets) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        SrtpContext[] contexts = SrtpPackets.rtpPair(profile, 10);
        SrtpContext sender = contexts[0];
        SrtpContext receiver = contexts[1];
        byte[] packet = SrtpPackets.rtp(0, PAYLOAD);
        run(sender, receiver, packet, 0, packets);
        long before = threads.getThreadAllocatedBytes(threadId);
        run(sender, receiver, packet, packets, packets);
        return (threads.getThreadAllocatedBytes(threadId) - before) / (double) packets;
    }

    private static void run(SrtpContext sender, SrtpContext receiver, byte[] packet, int first, int count) {
        int length = SrtpPackets.rtpLength(PAYLOAD);
        for (int sequence = first; sequence < first + count; sequence++) {
            packet[2] = (byte) (sequence >>> 8);
            packet[3] = (byte) sequence;
            assertEquals(SrtpRefusal.NONE, sender.protect(packet, 0, length));
            assertEquals(SrtpRefusal.NONE, receiver.unprotect(packet, 0, sender.length()));
        }
    }
}

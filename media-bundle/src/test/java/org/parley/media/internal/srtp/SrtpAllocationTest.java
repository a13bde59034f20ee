package org.parley.media.internal.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

/**
 * Bytes allocated per protect + unprotect of one RTP packet, after a warm-up: every profile must stay under one byte
 * per packet (ECB keystream, HMAC over a reused digest, GHASH over per-key tables). Also prints, never asserts, the
 * throughput of {@link Gcm} relative to the JDK's AES/GCM, both measured in this run.
 */
class SrtpAllocationTest {
    private static final int WARM_UP = 20_000;
    private static final int PACKETS = 100_000;
    private static final int PAYLOAD = 1000;
    private static final int HEADER = 12;
    private static final int THROUGHPUT_PACKETS = 20_000;

    @Test
    void everyProfileAllocatesNothingPerPacket() {
        for (SrtpProfile profile : SrtpProfile.values()) {
            double perPacket = bytesPerPacket(profile);
            System.out.printf("SRTP %s: %.3f bytes allocated per protect + unprotect%n", profile, perPacket);
            assertTrue(perPacket < 1, profile + ": " + perPacket + " bytes per packet");
        }
    }

    @Test
    void gcmThroughputAgainstJdkIsPrinted() {
        byte[] key = new byte[16];
        byte[] packet = new byte[HEADER + PAYLOAD + Gcm.TAG_BYTES];
        Gcm ours = new Gcm(key);
        JdkGcm jdk = new JdkGcm(key);
        byte[] iv = new byte[Gcm.IV_BYTES];
        for (int round = 0; round < 2; round++) {
            long oursNanos = time(() -> sealAndOpen(ours, iv, packet));
            long jdkNanos = time(() -> sealAndOpen(jdk, iv, packet));
            System.out.printf("GCM %d-byte packets, seal + open: ours %.0f ns, JDK %.0f ns, ours/JDK throughput %.2f%n",
                    PAYLOAD, oursNanos / (double) THROUGHPUT_PACKETS, jdkNanos / (double) THROUGHPUT_PACKETS,
                    jdkNanos / (double) oursNanos);
        }
    }

    private static long time(Runnable packetLoop) {
        long start = System.nanoTime();
        packetLoop.run();
        return System.nanoTime() - start;
    }

    private static void sealAndOpen(Gcm gcm, byte[] iv, byte[] packet) {
        for (int i = 0; i < THROUGHPUT_PACKETS; i++) {
            WireFields.putInt32(iv, Gcm.IV_BYTES - Integer.BYTES, i);
            gcm.start(iv);
            gcm.aad(packet, 0, HEADER);
            gcm.seal(packet, HEADER, PAYLOAD, HEADER + PAYLOAD);
            gcm.start(iv);
            gcm.aad(packet, 0, HEADER);
            assertTrue(gcm.open(packet, HEADER, PAYLOAD, HEADER + PAYLOAD));
        }
    }

    private static void sealAndOpen(JdkGcm gcm, byte[] iv, byte[] packet) {
        for (int i = 0; i < THROUGHPUT_PACKETS; i++) {
            // a fresh IV for every encryption: the JDK refuses to reuse one
            WireFields.putInt32(iv, 0, i);
            gcm.transform(Cipher.ENCRYPT_MODE, iv, packet, 0, HEADER, PAYLOAD);
            assertTrue(gcm.transform(Cipher.DECRYPT_MODE, iv, packet, 0, HEADER, PAYLOAD + Gcm.TAG_BYTES));
        }
    }

    private static double bytesPerPacket(SrtpProfile profile) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        SrtpContext[] contexts = SrtpPackets.rtpPair(profile, 10);
        SrtpContext sender = contexts[0];
        SrtpContext receiver = contexts[1];
        byte[] packet = SrtpPackets.rtp(0, PAYLOAD);
        run(sender, receiver, packet, 0, WARM_UP);
        long before = threads.getThreadAllocatedBytes(threadId);
        run(sender, receiver, packet, WARM_UP, PACKETS);
        return (threads.getThreadAllocatedBytes(threadId) - before) / (double) PACKETS;
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

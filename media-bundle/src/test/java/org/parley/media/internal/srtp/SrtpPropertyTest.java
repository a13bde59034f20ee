package org.parley.media.internal.srtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile input never throws: random bytes, truncations and bit flips of genuine SRTP/SRTCP packets, with the view
 * ending at the array's end (an out-of-view read would throw). A corrupted genuine packet is never accepted.
 */
class SrtpPropertyTest {
    private static final int CASES = 4_000;

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void randomBytesAreRefusedWithoutExceptions(SrtpProfile profile) {
        Random random = new Random(3711L + profile.ordinal());
        SrtpSession session = SrtpPackets.pair(profile, 7)[1];
        SrtpContext rtp = session.rtpContext(SrtpPackets.SSRC);
        SrtcpContext rtcp = session.rtcpContext(SrtpPackets.SSRC);
        for (int n = 0; n < CASES; n++) {
            byte[] packet = new byte[random.nextInt(80)];
            random.nextBytes(packet);
            if (packet.length > 12 && random.nextBoolean()) {
                packet[0] = (byte) (0x80 | packet[0] & 0x3F);
                WireFields.putInt32(packet, 8, SrtpPackets.SSRC);
                WireFields.putInt32(packet, 4, SrtpPackets.SSRC);
            }
            assertNotEquals(SrtpRefusal.NONE, rtp.unprotect(packet, 0, packet.length));
            assertNotEquals(SrtpRefusal.NONE, rtcp.unprotect(packet.clone(), 0, packet.length));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void corruptedOrTruncatedPacketsAreNeverAccepted(SrtpProfile profile) {
        Random random = new Random(7714L + profile.ordinal());
        SrtpContext[] contexts = SrtpPackets.rtpPair(profile, 8);
        SrtpContext sender = contexts[0];
        SrtpContext receiver = contexts[1];
        for (int n = 0; n < CASES; n++) {
            byte[] packet = SrtpPackets.rtp(n, random.nextInt(200));
            assertEquals(SrtpRefusal.NONE, sender.protect(packet, 0, packet.length - SrtpPackets.ROOM));
            byte[] genuine = Arrays.copyOf(packet, sender.length());
            byte[] corrupt = corrupt(random, genuine);
            if (!Arrays.equals(genuine, corrupt)) {
                assertNotEquals(SrtpRefusal.NONE, receiver.unprotect(corrupt, 0, corrupt.length), "case " + n);
            }
            if (random.nextInt(4) > 0) {
                assertEquals(SrtpRefusal.NONE, receiver.unprotect(genuine, 0, genuine.length), "case " + n);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void corruptedSrtcpIsNeverAccepted(SrtpProfile profile) {
        Random random = new Random(3550L + profile.ordinal());
        SrtpSession[] sessions = SrtpPackets.pair(profile, 9);
        SrtcpContext sender = sessions[0].rtcpContext(SrtpPackets.SSRC);
        SrtcpContext receiver = sessions[1].rtcpContext(SrtpPackets.SSRC);
        for (int n = 0; n < CASES; n++) {
            int words = random.nextInt(20);
            byte[] plain = SrtpPackets.rtcp(words);
            byte[] packet = plain.clone();
            assertEquals(SrtpRefusal.NONE, sender.protect(packet, 0, 8 + 4 * words));
            byte[] genuine = Arrays.copyOf(packet, sender.length());
            byte[] corrupt = corrupt(random, genuine);
            if (!Arrays.equals(genuine, corrupt)) {
                assertNotEquals(SrtpRefusal.NONE, receiver.unprotect(corrupt, 0, corrupt.length), "case " + n);
            }
            assertEquals(SrtpRefusal.NONE, receiver.unprotect(genuine, 0, genuine.length), "case " + n);
            assertArrayEquals(Arrays.copyOf(plain, 8 + 4 * words), Arrays.copyOf(genuine, receiver.length()));
        }
    }

    /** A copy with one to three flipped bits, or truncated, or with random bytes appended. */
    private static byte[] corrupt(Random random, byte[] genuine) {
        switch (random.nextInt(3)) {
            case 0:
                byte[] flipped = genuine.clone();
                for (int i = 0, flips = 1 + random.nextInt(3); i < flips; i++) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            case 1:
                return Arrays.copyOf(genuine, random.nextInt(genuine.length));
            default:
                byte[] longer = Arrays.copyOf(genuine, genuine.length + 1 + random.nextInt(20));
                for (int i = genuine.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt();
                }
                return longer;
        }
    }
}

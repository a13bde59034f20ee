package org.parley.media.internal.srtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Round trips, the rollover counter at the wrap, replay and corruption refusals, for every profile. */
class SrtpContextTest {
    private static final int PAYLOAD = 100;

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void roundTripsAcrossTheSequenceWrap(SrtpProfile profile) {
        SrtpContext[] contexts = SrtpPackets.rtpPair(profile, 1);
        SrtpContext sender = contexts[0];
        SrtpContext receiver = contexts[1];
        for (int n = 0; n < 6; n++) {
            int sequence = (65533 + n) & 0xFFFF;
            byte[] plain = SrtpPackets.rtp(sequence, PAYLOAD);
            byte[] packet = plain.clone();
            int length = SrtpPackets.rtpLength(PAYLOAD);
            assertEquals(SrtpRefusal.NONE, sender.protect(packet, 0, length));
            assertEquals(length + profile.rtpOverhead(), sender.length());
            assertEquals(SrtpRefusal.NONE, receiver.unprotect(packet, 0, sender.length()), "sequence " + sequence);
            assertEquals(length, receiver.length());
            assertArrayEquals(Arrays.copyOf(plain, length), Arrays.copyOf(packet, length));
        }
        assertEquals(1, sender.rolloverCounter());
        assertEquals(1, receiver.rolloverCounter());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void refusesReplayedAndTooOldPackets(SrtpProfile profile) {
        SrtpContext[] contexts = SrtpPackets.rtpPair(profile, 2);
        SrtpContext sender = contexts[0];
        SrtpContext receiver = contexts[1];
        byte[] first = protect(sender, 1000);
        byte[] firstCopy = first.clone();
        assertEquals(SrtpRefusal.REPLAYED, sender.protect(SrtpPackets.rtp(1000, PAYLOAD), 0, 124), "no IV reuse");
        assertEquals(SrtpRefusal.NONE, receiver.unprotect(first, 0, sender.length()));
        assertEquals(SrtpRefusal.REPLAYED, receiver.unprotect(firstCopy, 0, sender.length()));
        byte[] late = protect(sender, 1001);
        for (int sequence = 1002; sequence < 1002 + ReplayWindow.SIZE; sequence++) {
            assertEquals(SrtpRefusal.NONE, receiver.unprotect(protect(sender, sequence), 0, sender.length()));
        }
        assertEquals(SrtpRefusal.TOO_OLD, receiver.unprotect(late, 0, sender.length()));
        assertEquals(1, receiver.refused(SrtpRefusal.REPLAYED));
        assertEquals(1, receiver.refused(SrtpRefusal.TOO_OLD));
        assertEquals(SrtpRefusal.TOO_OLD, sender.protect(SrtpPackets.rtp(1000, PAYLOAD), 0, 124));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void acceptsReorderingInsideTheWindow(SrtpProfile profile) {
        SrtpContext[] contexts = SrtpPackets.rtpPair(profile, 3);
        SrtpContext sender = contexts[0];
        SrtpContext receiver = contexts[1];
        byte[] early = protect(sender, 7);
        int earlyLength = sender.length();
        assertEquals(SrtpRefusal.NONE, receiver.unprotect(protect(sender, 9), 0, sender.length()));
        assertEquals(SrtpRefusal.NONE, receiver.unprotect(early, 0, earlyLength));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void refusesAFlippedBitInHeaderPayloadOrTag(SrtpProfile profile) {
        SrtpSession[] sessions = SrtpPackets.pair(profile, 4);
        SrtpContext sender = sessions[0].rtpContext(SrtpPackets.SSRC);
        byte[] packet = protect(sender, 500);
        int length = sender.length();
        int[] positions = {1, 5, 13, 21, 30, length - profile.tagBytes() - 1, length - 1};
        for (int at : positions) {
            byte[] corrupt = packet.clone();
            corrupt[at] ^= 0x04;
            SrtpContext receiver = sessions[1].rtpContext(SrtpPackets.SSRC);
            assertEquals(SrtpRefusal.AUTHENTICATION_FAILED, receiver.unprotect(corrupt, 0, length), "byte " + at);
        }
        SrtpContext receiver = sessions[1].rtpContext(SrtpPackets.SSRC);
        assertEquals(SrtpRefusal.NONE, receiver.unprotect(packet, 0, length), "the packet itself is fine");
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void refusesWrongSsrcShortAndMalformedHeaders(SrtpProfile profile) {
        SrtpSession[] sessions = SrtpPackets.pair(profile, 5);
        SrtpContext receiver = sessions[1].rtpContext(SrtpPackets.SSRC + 1);
        byte[] packet = protect(sessions[0].rtpContext(SrtpPackets.SSRC), 1);
        int length = SrtpPackets.rtpLength(PAYLOAD) + profile.rtpOverhead();
        assertEquals(SrtpRefusal.WRONG_SSRC, receiver.unprotect(packet, 0, length));
        assertEquals(SrtpRefusal.TOO_SHORT, receiver.unprotect(packet, 0, 11 + profile.tagBytes()));
        assertEquals(SrtpRefusal.HEADER_PAST_END, receiver.unprotect(packet, 0, 20 + profile.tagBytes()));
        packet[0] = (byte) 0x40;
        assertEquals(SrtpRefusal.BAD_VERSION, receiver.unprotect(packet, 0, length));
        assertThrows(IllegalArgumentException.class, () -> receiver.protect(new byte[24], 0, 24));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void srtcpRoundTripsAndRefusesReplayAndCorruption(SrtpProfile profile) {
        SrtpSession[] sessions = SrtpPackets.pair(profile, 6);
        SrtcpContext sender = sessions[0].rtcpContext(SrtpPackets.SSRC);
        SrtcpContext receiver = sessions[1].rtcpContext(SrtpPackets.SSRC);
        for (int n = 0; n < 3; n++) {
            byte[] plain = SrtpPackets.rtcp(6);
            byte[] packet = plain.clone();
            assertEquals(SrtpRefusal.NONE, sender.protect(packet, 0, 32));
            assertEquals(32 + profile.rtcpOverhead(), sender.length());
            byte[] replay = packet.clone();
            byte[] corrupt = packet.clone();
            corrupt[20] ^= 1;
            assertEquals(SrtpRefusal.AUTHENTICATION_FAILED, receiver.unprotect(corrupt, 0, sender.length()));
            assertEquals(SrtpRefusal.NONE, receiver.unprotect(packet, 0, sender.length()));
            assertArrayEquals(Arrays.copyOf(plain, 32), Arrays.copyOf(packet, 32));
            assertEquals(SrtpRefusal.REPLAYED, receiver.unprotect(replay, 0, sender.length()));
        }
        assertEquals(SrtpRefusal.TOO_SHORT, receiver.unprotect(new byte[40], 0, 7 + profile.rtcpOverhead()));
    }

    private static byte[] protect(SrtpContext sender, int sequence) {
        byte[] packet = SrtpPackets.rtp(sequence, PAYLOAD);
        assertEquals(SrtpRefusal.NONE, sender.protect(packet, 0, SrtpPackets.rtpLength(PAYLOAD)));
        return packet;
    }
}

package org.parley.media.internal.srtp;

import java.util.Random;

/** Test packets and sessions: one sender and one receiver session from the same master key, per profile. */
public final class SrtpPackets {
    static final int SSRC = 0x11223344;
    static final int ROOM = 64;

    private SrtpPackets() {
    }

    /** Sender and receiver sessions over one random master key and salt of {@code profile}. */
    public static SrtpSession[] pair(SrtpProfile profile, long seed) {
        Random random = new Random(seed);
        byte[] key = new byte[profile.keyBytes()];
        byte[] salt = new byte[profile.saltBytes()];
        random.nextBytes(key);
        random.nextBytes(salt);
        return new SrtpSession[] {new SrtpSession(profile, key, salt), new SrtpSession(profile, key, salt)};
    }

    /** A sender context and the matching receiver context for the RTP stream {@link #SSRC}. */
    static SrtpContext[] rtpPair(SrtpProfile profile, long seed) {
        SrtpSession[] sessions = pair(profile, seed);
        return new SrtpContext[] {sessions[0].rtpContext(SSRC), sessions[1].rtpContext(SSRC)};
    }

    /** An RTP packet (one CSRC, a one-byte-form extension) with {@code payload} bytes, in an array with room. */
    static byte[] rtp(int sequence, int payload) {
        byte[] array = new byte[24 + payload + ROOM];
        array[0] = (byte) 0x91;
        array[1] = 111;
        array[2] = (byte) (sequence >>> 8);
        array[3] = (byte) sequence;
        WireFields.putInt32(array, 4, sequence * 960);
        WireFields.putInt32(array, 8, SSRC);
        WireFields.putInt32(array, 12, 0x0A0B0C0D);
        WireFields.putInt32(array, 16, 0xBEDE0001);
        WireFields.putInt32(array, 20, 0x10FF0000);
        for (int i = 0; i < payload; i++) {
            array[24 + i] = (byte) (i * 7 + sequence);
        }
        return array;
    }

    /** A receiver report from {@code SSRC} with {@code extra} bytes of padding words, in an array with room. */
    static byte[] rtcp(int extraWords) {
        byte[] array = new byte[8 + 4 * extraWords + ROOM];
        array[0] = (byte) 0x80;
        array[1] = (byte) 201;
        array[3] = (byte) (1 + extraWords);
        WireFields.putInt32(array, 4, SSRC);
        for (int i = 8; i < 8 + 4 * extraWords; i++) {
            array[i] = (byte) i;
        }
        return array;
    }

    static int rtpLength(int payload) {
        return 24 + payload;
    }
}

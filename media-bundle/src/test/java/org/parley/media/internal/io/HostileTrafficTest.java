package org.parley.media.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.ice.CheckOutcome;

/**
 * Issue 7 item 10 at the I/O side: 20,000 hostile datagrams — random bytes of every first-byte class, STUN with the
 * wrong integrity or lying lengths, DTLS from an unknown address and from the browser's own, SRTP and SRTCP that fail
 * authentication, lie about lengths or replay — from a bound browser and from a stranger, in the middle of a call.
 * Nothing escapes the sink (no node throws: the sink would count {@link SinkDrop#FAILED}), everything is counted, and
 * the call goes on.
 */
class HostileTrafficTest {
    private static final int DATAGRAMS = 20_000;
    private static final long SEED = 0x5EED_7E57L;

    private final TestSfu sfu = new TestSfu();
    private final Random random = new Random(SEED);

    @AfterEach
    void close() {
        sfu.close();
    }

    @Test
    void aFloodOfHostileDatagramsIsDroppedAndCountedAndTheCallGoesOn() throws MediaRefused {
        TestPeer[] call = sfu.call(2, true, Track.AUDIO);
        TestPeer alice = call[0];
        TestPeer bob = call[1];
        sfu.receive(alice, alice.buffer(), alice.rtp(Track.AUDIO, 1, 60));
        byte[] genuine = bob.reply().sent().get(0);
        TestPeer stranger = TestSfu.stranger(alice);
        byte[] genuineSrtp = Arrays.copyOf(alice.buffer(), alice.rtp(Track.AUDIO, 2, 60));
        sfu.receive(alice, genuineSrtp.clone());
        byte[][] checks = {alice.check(false), alice.check("NotThePasswordOfThisLegAtAll0123", true)};
        bob.reply().clear();

        for (int i = 0; i < DATAGRAMS; i++) {
            sfu.receive(random.nextInt(4) == 0 ? stranger : alice, hostile(i, genuineSrtp, checks));
        }

        assertEquals(0, sfu.counters.drops(SinkDrop.FAILED), "nothing threw inside the sink");
        long dropped = sfu.counters.dropped().values().stream().mapToLong(Long::longValue).sum()
                + alice.leg().stats().packetsDropped();
        assertTrue(dropped > DATAGRAMS / 2, "counted: " + dropped);
        assertTrue(sfu.counters.checks(CheckOutcome.BAD_INTEGRITY) > 0);
        assertEquals(0, bob.reply().count(), "nothing hostile was forwarded");
        assertEquals(MediaConnection.State.CONNECTED, alice.listener().lastConnection().state());

        sfu.receive(alice, alice.buffer(), alice.rtp(Track.AUDIO, 3, 60));
        assertEquals(1, bob.reply().count(), "the call goes on");
        assertNotNull(bob.unprotect(bob.reply().sent().get(0)));
        assertEquals(genuine.length, bob.reply().sent().get(0).length);
    }

    /** One hostile datagram of ten kinds, in turn. */
    private byte[] hostile(int i, byte[] srtp, byte[][] checks) {
        byte[] check = checks[0];
        return switch (i % 10) {
            case 0 -> randomBytes(random.nextInt(1500));
            case 1 -> withFirst(randomBytes(20 + random.nextInt(200)), random.nextInt(4));
            case 2 -> random.nextBoolean() ? flip(check.clone()) : checks[1].clone();
            case 3 -> lyingLength(check.clone(), 2);
            case 4 -> withFirst(randomBytes(13 + random.nextInt(300)), 20 + random.nextInt(44));
            case 5 -> flip(srtp.clone());
            case 6 -> Arrays.copyOf(srtp, 12 + random.nextInt(srtp.length - 12));
            case 7 -> srtp.clone();
            case 8 -> rtcp();
            default -> withFirst(randomBytes(12 + random.nextInt(1400)), 0x80 + random.nextInt(64));
        };
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] withFirst(byte[] bytes, int first) {
        bytes[0] = (byte) first;
        return bytes;
    }

    private byte[] flip(byte[] bytes) {
        int bit = random.nextInt(bytes.length * 8);
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        return bytes;
    }

    private byte[] lyingLength(byte[] bytes, int offset) {
        ByteBuffer.wrap(bytes).putShort(offset, (short) random.nextInt(0x10000));
        return bytes;
    }

    /** An SRTCP-looking compound whose length fields lie, with a random tag. */
    private byte[] rtcp() {
        byte[] bytes = randomBytes(8 + random.nextInt(200));
        bytes[0] = (byte) 0x80;
        bytes[1] = (byte) (200 + random.nextInt(8));
        return lyingLength(bytes, 2);
    }
}

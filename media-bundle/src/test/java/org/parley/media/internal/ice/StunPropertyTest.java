package org.parley.media.internal.ice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile input, seeded: random bytes, truncations and bit flips never throw and never read outside the view
 * (the same datagram inside guard bytes of 0x00 and of 0xFF gives the same outcome and response, and a view that
 * ends at the array's end cannot overread without throwing); a written message reads back to the same bytes.
 */
class StunPropertyTest {
    private static final int CASES = 20_000;
    private static final int GUARD = 32;
    private final Random random = new Random(0x5EED_7983L);
    private final IceEndpoint endpoint = new IceEndpoint(IceLiteResponderTest.LOCAL_UFRAG,
            IceLiteResponderTest.LOCAL_PASSWORD, IceLiteResponderTest.CHROME_UFRAG);
    private final IceLiteResponder responder = new IceLiteResponder(
            (array, offset, length) -> endpoint.isLocalUfrag(array, offset, length) ? endpoint : null);
    private final InetSocketAddress source = new InetSocketAddress("198.51.100.9", 40000);

    @Test
    void randomStunLookingBytesNeverThrowNorLeaveTheView() {
        for (int i = 0; i < CASES; i++) {
            byte[] message = new byte[random.nextInt(120)];
            random.nextBytes(message);
            if (message.length >= StunMessage.HEADER_BYTES && random.nextBoolean()) {
                message[0] &= 0x3F;
                StunMessage.putInt(message, StunMessage.COOKIE_OFFSET, StunMessage.MAGIC_COOKIE);
                StunMessage.putShort(message, StunMessage.LENGTH_OFFSET, message.length - StunMessage.HEADER_BYTES);
            }
            assertIsolated(message, message.length);
        }
    }

    @Test
    void truncationsAndBitFlipsOfAValidCheckNeverThrowAndAreNeverAnswered() {
        byte[] valid = IceLiteResponderTest.chromeRequest();
        int fingerprintAt = valid.length - 8;
        for (int i = 0; i < CASES; i++) {
            byte[] message = valid.clone();
            int bit = random.nextInt(message.length * 8);
            message[bit / 8] ^= (byte) (1 << bit % 8);
            CheckOutcome flipped = assertIsolated(message, message.length);
            if (bit / 8 < fingerprintAt) {
                assertNotEquals(CheckOutcome.ANSWERED, flipped, "bit " + bit);
            }
            CheckOutcome truncated = assertIsolated(valid, random.nextInt(valid.length));
            assertNotEquals(CheckOutcome.ANSWERED, truncated);
        }
        assertEquals(CheckOutcome.ANSWERED, assertIsolated(valid, valid.length));
    }

    private CheckOutcome assertIsolated(byte[] message, int length) {
        byte[] zeros = respondInside(message, length, (byte) 0);
        CheckOutcome outcome = responder.lastOutcome();
        byte[] ones = respondInside(message, length, (byte) 0xFF);
        assertEquals(outcome, responder.lastOutcome());
        assertArrayEquals(zeros, ones);
        byte[] atEnd = Arrays.copyOf(message, length);
        responder.respond(atEnd, 0, length, source, 0L, new byte[StunWriter.MAX_RESPONSE_BYTES], 0);
        assertEquals(outcome, responder.lastOutcome());
        return outcome;
    }

    private byte[] respondInside(byte[] message, int length, byte guard) {
        byte[] buffer = new byte[length + 2 * GUARD];
        Arrays.fill(buffer, guard);
        System.arraycopy(message, 0, buffer, GUARD, length);
        byte[] out = new byte[StunWriter.MAX_RESPONSE_BYTES];
        int written = responder.respond(buffer, GUARD, length, source, 0L, out, 0);
        return Arrays.copyOf(out, written);
    }

    @Test
    void writeReadWriteIsIdentity() {
        StunIntegrity integrity = new StunIntegrity();
        StunWriter writer = new StunWriter(integrity);
        StunReader reader = new StunReader();
        StunAttributeIterator attributes = new StunAttributeIterator();
        IntegrityKey key = new IntegrityKey(IceLiteResponderTest.LOCAL_PASSWORD);
        for (int i = 0; i < CASES / 4; i++) {
            byte[] first = new byte[1024];
            byte[] tx = new byte[StunMessage.TRANSACTION_ID_BYTES];
            random.nextBytes(tx);
            writer.begin(first, 0, random.nextInt(0x4000) & ~0xC000, tx, 0);
            for (int n = random.nextInt(6); n > 0; n--) {
                byte[] value = new byte[random.nextInt(40)];
                random.nextBytes(value);
                writer.attribute(0xC000 + random.nextInt(0x3FFF), value, 0, value.length);
            }
            int length = writer.messageIntegrity(key).fingerprint().length();
            assertEquals(StunRefusal.NONE, reader.wrap(first, 0, length));
            assertTrue(integrity.integrityMatches(reader, key) && integrity.fingerprintMatches(reader));
            byte[] second = new byte[1024];
            writer.begin(second, 0, reader.type(), first, reader.transactionIdOffset());
            attributes.reset(first, StunMessage.HEADER_BYTES, reader.integrity());
            while (attributes.next()) {
                writer.attribute(attributes.type(), first, attributes.valueOffset(), attributes.valueLength());
            }
            assertEquals(length, writer.messageIntegrity(key).fingerprint().length());
            assertArrayEquals(Arrays.copyOf(first, length), Arrays.copyOf(second, length));
        }
    }
}

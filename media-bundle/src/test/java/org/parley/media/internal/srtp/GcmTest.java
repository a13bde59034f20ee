package org.parley.media.internal.srtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Gcm} against the JDK's AES/GCM on random keys (128 and 256 bits), IVs, AAD (0–64 bytes, hashed in two
 * pieces split at a random point) and plaintexts (0–1500 bytes, most not a multiple of 16), both ways; and forged
 * packets (one flipped bit in AAD, ciphertext or tag, or a different IV) refused and left undecrypted.
 */
class GcmTest {
    private static final int CASES = 2000;
    private static final int MAX_PLAINTEXT = 1500;
    private static final int MAX_AAD = 64;

    private final Random random = new Random(7714);

    @Test
    void matchesJdkGcmOnRandomInputs() {
        for (int c = 0; c < CASES; c++) {
            Case input = randomCase();
            byte[] expected = JdkGcm.seal(input.key, input.iv, input.aad, input.plaintext, 0, input.plaintext.length);
            byte[] sealed = input.sealWithOurs();
            assertArrayEquals(expected, Arrays.copyOfRange(sealed, input.aad.length, sealed.length), input.toString());
            assertTrue(input.open(sealed, input.iv), input.toString());
            assertArrayEquals(input.plaintext, Arrays.copyOfRange(sealed, input.aad.length,
                    input.aad.length + input.plaintext.length), input.toString());
        }
    }

    @Test
    void forgeriesAreRefusedBeforeDecryption() {
        for (int c = 0; c < CASES; c++) {
            Case input = randomCase();
            byte[] sealed = input.sealWithOurs();
            byte[] forged = sealed.clone();
            int bit = random.nextInt(forged.length * Byte.SIZE);
            forged[bit / Byte.SIZE] ^= (byte) (1 << (bit % Byte.SIZE));
            byte[] before = forged.clone();
            assertFalse(input.open(forged, input.iv), input + " bit " + bit);
            assertArrayEquals(before, forged, "a refused packet is left as it was");
            byte[] otherIv = input.iv.clone();
            otherIv[random.nextInt(otherIv.length)] ^= 1;
            assertFalse(input.open(sealed.clone(), otherIv), input.toString());
        }
    }

    @Test
    void emptyPlaintextAndAadStillCarryATag() {
        Case input = new Case(new byte[16], new byte[Gcm.IV_BYTES], new byte[0], new byte[0], 0);
        byte[] sealed = input.sealWithOurs();
        // NIST GCM test case 1: K = 0^128, IV = 0^96, P = A = empty
        assertArrayEquals(Hex.bytes("58e2fccefa7e3061367f1d57a4e7455a"), sealed);
    }

    private Case randomCase() {
        byte[] key = bytes(random.nextBoolean() ? 16 : 32);
        byte[] aad = bytes(random.nextInt(MAX_AAD + 1));
        return new Case(key, bytes(Gcm.IV_BYTES), aad, bytes(random.nextInt(MAX_PLAINTEXT + 1)),
                random.nextInt(aad.length + 1));
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** One input; the packet layout is | aad | plaintext or ciphertext | tag |. */
    private record Case(byte[] key, byte[] iv, byte[] aad, byte[] plaintext, int aadSplit) {
        byte[] sealWithOurs() {
            byte[] packet = new byte[aad.length + plaintext.length + Gcm.TAG_BYTES];
            System.arraycopy(aad, 0, packet, 0, aad.length);
            System.arraycopy(plaintext, 0, packet, aad.length, plaintext.length);
            Gcm gcm = startWith(packet, iv);
            gcm.seal(packet, aad.length, plaintext.length, aad.length + plaintext.length);
            return packet;
        }

        boolean open(byte[] packet, byte[] ivToUse) {
            return startWith(packet, ivToUse).open(packet, aad.length, plaintext.length,
                    aad.length + plaintext.length);
        }

        private Gcm startWith(byte[] packet, byte[] ivToUse) {
            Gcm gcm = new Gcm(key);
            gcm.start(ivToUse);
            gcm.aad(packet, 0, aadSplit);
            gcm.aad(packet, aadSplit, aad.length - aadSplit);
            return gcm;
        }

        @Override
        public String toString() {
            return "key " + key.length + " bytes, aad " + aad.length + " (split at " + aadSplit + "), plaintext "
                    + plaintext.length;
        }
    }
}

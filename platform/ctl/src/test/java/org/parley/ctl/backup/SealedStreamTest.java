package org.parley.ctl.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sealed layer: round trips, and every way a file can be cut, altered, reordered, extended or foreign. */
class SealedStreamTest {

    private static final int CHUNK = 1024;
    private static final int HEADER = 59;
    private static final int FRAME = 5 + CHUNK + 16;

    private final BackupSecret key = secretKey(1);

    @Test
    void roundTripsEverySizeAroundChunkBoundaries() throws Exception {
        for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 5}) {
            byte[] plain = random(size);
            byte[] sealed = seal(plain, key, Kdf.keyFile());
            assertArrayEquals(plain, open(sealed, key), "size " + size);
            int chunks = size == 0 ? 1 : (size + CHUNK - 1) / CHUNK;
            assertEquals(HEADER + (long) chunks * 21 + size, sealed.length, "size " + size);
        }
    }

    @Test
    void passphrasesRoundTripWithArgon2AndPbkdf2() throws Exception {
        BackupSecret passphrase = BackupSecret.passphrase("correct horse battery");
        byte[] plain = random(3000);
        for (Kdf kdf : new Kdf[] {new Kdf(Kdf.ARGON2ID, 1024, 1, 1), new Kdf(Kdf.PBKDF2, 0, 1000, 0)}) {
            assertArrayEquals(plain, open(seal(plain, passphrase, kdf), passphrase), kdf.toString());
        }
        assertEquals(Kdf.ARGON2ID, Kdf.forPassphrase().id(), "BouncyCastle is on the class path");
    }

    @Test
    void truncationAnywhereIsDetected() throws Exception {
        byte[] sealed = seal(random(3 * CHUNK + 100), key, Kdf.keyFile());
        for (int length = 0; length < sealed.length; length++) {
            byte[] cut = Arrays.copyOf(sealed, length);
            BackupFileException failed = assertThrows(BackupFileException.class, () -> open(cut, key),
                    "cut at " + length);
            if (length >= HEADER && (length - HEADER) % FRAME == 0) {
                assertTrue(failed.getMessage().contains("truncated"), failed.getMessage());
            }
        }
    }

    @Test
    void everyFlippedBitIsDetected() throws Exception {
        byte[] sealed = seal(random(2 * CHUNK + 10), key, Kdf.keyFile());
        for (int position = 0; position < sealed.length; position++) {
            byte[] altered = sealed.clone();
            altered[position] ^= 0x01;
            assertThrows(BackupFileException.class, () -> open(altered, key), "bit flipped at " + position);
        }
    }

    @Test
    void reorderedChunksAreDetected() throws Exception {
        byte[] sealed = seal(random(3 * CHUNK + 10), key, Kdf.keyFile());
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, HEADER, swapped, HEADER + FRAME, FRAME);
        System.arraycopy(sealed, HEADER + FRAME, swapped, HEADER, FRAME);
        BackupFileException failed = assertThrows(BackupFileException.class, () -> open(swapped, key));
        assertTrue(failed.getMessage().contains("chunk 0"), failed.getMessage());
    }

    @Test
    void appendedDataIsDetected() throws Exception {
        byte[] sealed = seal(random(100), key, Kdf.keyFile());
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 1);
        BackupFileException failed = assertThrows(BackupFileException.class, () -> open(longer, key));
        assertTrue(failed.getMessage().contains("appended"), failed.getMessage());
        byte[] twice = Arrays.copyOf(sealed, sealed.length * 2);
        System.arraycopy(sealed, 0, twice, sealed.length, sealed.length);
        assertThrows(BackupFileException.class, () -> open(twice, key));
    }

    @Test
    void foreignFilesAreNamedAsSuch() {
        for (byte[] foreign : new byte[][] {new byte[0], "PK\3\4 a zip".getBytes(), random(5000)}) {
            BackupFileException failed = assertThrows(BackupFileException.class, () -> open(foreign, key));
            assertTrue(failed.getMessage().contains("not a Parley backup"), failed.getMessage());
        }
    }

    @Test
    void wrongSecretsAreNamed() throws Exception {
        byte[] sealed = seal(random(100), key, Kdf.keyFile());
        BackupFileException wrongKey = assertThrows(BackupFileException.class, () -> open(sealed, secretKey(2)));
        assertTrue(wrongKey.getMessage().contains("wrong key file"), wrongKey.getMessage());
        BackupSecret passphrase = BackupSecret.passphrase("correct horse battery");
        byte[] withPassphrase = seal(random(100), passphrase, new Kdf(Kdf.PBKDF2, 0, 1000, 0));
        BackupFileException wrong = assertThrows(BackupFileException.class,
                () -> open(withPassphrase, BackupSecret.passphrase("incorrect horse battery")));
        assertTrue(wrong.getMessage().contains("wrong passphrase"), wrong.getMessage());
        BackupFileException mixed = assertThrows(BackupFileException.class, () -> open(withPassphrase, key));
        assertTrue(mixed.getMessage().contains("--passphrase-file"), mixed.getMessage());
    }

    @Test
    void hostileKdfParametersAreRefusedBeforeDerivation() throws Exception {
        byte[] sealed = seal(random(10), BackupSecret.passphrase("correct horse battery"),
                new Kdf(Kdf.ARGON2ID, 1024, 1, 1));
        byte[] huge = sealed.clone();
        huge[10] = 0x7f;
        BackupFileException refused = assertThrows(BackupFileException.class,
                () -> open(huge, BackupSecret.passphrase("correct horse battery")));
        assertTrue(refused.getMessage().contains("key derivation"), refused.getMessage());
    }

    private static byte[] seal(byte[] plain, BackupSecret secret, Kdf kdf) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (SealedOutputStream out = new SealedOutputStream(file, secret, kdf, CHUNK)) {
            // Odd write sizes, so chunks are filled across calls.
            for (int offset = 0; offset < plain.length; offset += 333) {
                out.write(plain, offset, Math.min(333, plain.length - offset));
            }
        }
        return file.toByteArray();
    }

    private static byte[] open(byte[] sealed, BackupSecret secret) throws IOException {
        try (InputStream in = new SealedInputStream(new ByteArrayInputStream(sealed), "test.pbk", secret)) {
            return in.readAllBytes();
        }
    }

    private static BackupSecret secretKey(int seed) {
        try {
            return BackupSecret.key(random(32, seed));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int size) {
        return random(size, size);
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}

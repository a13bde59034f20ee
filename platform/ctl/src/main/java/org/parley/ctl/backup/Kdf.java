package org.parley.ctl.backup;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How a backup's master key comes from its secret, as recorded in the file's header: a raw 32-byte key file, Argon2id
 * (memory-hard; BouncyCastle, shipped in the distribution's {@code bundle/}) or PBKDF2-HMAC-SHA256 when BouncyCastle is
 * missing.
 *
 * @param id {@link #KEY_FILE}, {@link #ARGON2ID} or {@link #PBKDF2}
 * @param memoryKiB Argon2's memory in KiB (0 otherwise)
 * @param iterations Argon2's passes or PBKDF2's iterations (0 for a key file)
 * @param parallelism Argon2's lanes (0 otherwise)
 */
public record Kdf(int id, int memoryKiB, int iterations, int parallelism) {

    public static final int KEY_FILE = 0;
    public static final int ARGON2ID = 1;
    public static final int PBKDF2 = 2;

    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
    static final int PBKDF2_ITERATIONS = 600_000;
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 10_000_000;

    /** For a raw key file: no stretching (the key is random already). */
    public static Kdf keyFile() {
        return new Kdf(KEY_FILE, 0, 0, 0);
    }

    /** For a passphrase: Argon2id with 64 MiB and 3 passes when BouncyCastle is there, else PBKDF2 with 600 000. */
    public static Kdf forPassphrase() {
        return argon2Available() ? new Kdf(ARGON2ID, 64 * 1024, 3, 1) : new Kdf(PBKDF2, 0, PBKDF2_ITERATIONS, 0);
    }

    /** Checks parameters read from a file, so a hostile header cannot make the reader allocate or loop without end. */
    void check() throws BackupFileException {
        boolean valid = switch (id) {
            case KEY_FILE -> memoryKiB == 0 && iterations == 0;
            case ARGON2ID -> memoryKiB >= 8 && memoryKiB <= MAX_MEMORY_KIB && iterations >= 1 && iterations <= 100
                    && parallelism >= 1 && parallelism <= 16;
            case PBKDF2 -> iterations >= 1 && iterations <= MAX_ITERATIONS;
            default -> false;
        };
        if (!valid) {
            throw new BackupFileException("its header names key derivation " + this + ", which this parleyctl does"
                    + " not accept (damaged, or made by a newer Parley)");
        }
    }

    /** Whether the file was sealed with a passphrase (else with a key file). */
    public boolean passphrase() {
        return id != KEY_FILE;
    }

    /** The 32-byte master key from the secret: the key itself for a key file, else the stretched passphrase. */
    byte[] derive(BackupSecret secret, byte[] salt) throws BackupFileException {
        if (secret.passphrase() != passphrase()) {
            throw new BackupFileException(passphrase()
                    ? "it was sealed with a passphrase: give --passphrase-file (or type it), not --key-file"
                    : "it was sealed with a key file: give --key-file (e.g. /etc/parley/secrets/backup.key)");
        }
        return switch (id) {
            case ARGON2ID -> argon2(secret.bytes(), salt);
            case PBKDF2 -> pbkdf2(secret.bytes(), salt);
            default -> secret.bytes().clone();
        };
    }

    private byte[] argon2(byte[] passphrase, byte[] salt) throws BackupFileException {
        if (!argon2Available()) {
            throw new BackupFileException("it was sealed with Argon2id, and BouncyCastle (bundle/bcprov-*.jar) is"
                    + " missing beside parleyctl");
        }
        return Argon2.derive(passphrase, salt, memoryKiB, iterations, parallelism);
    }

    private byte[] pbkdf2(byte[] passphrase, byte[] salt) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(passphrase));
        char[] chars = new char[decoded.remaining()];
        decoded.get(chars);
        try {
            PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    static boolean argon2Available() {
        try {
            Class.forName("org.bouncycastle.crypto.generators.Argon2BytesGenerator", false,
                    Kdf.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

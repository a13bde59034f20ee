package org.parley.ctl.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The plain header of a backup file, authenticated as part of every chunk's associated data.
 * <pre>
 *  0  8  magic "PARLEYBK"
 *  8  1  format version (1)
 *  9  1  key derivation: 0 key file, 1 Argon2id, 2 PBKDF2-HMAC-SHA256
 * 10  4  memory KiB (Argon2)          all integers big-endian
 * 14  4  iterations
 * 18  1  parallelism (Argon2)
 * 19 16  salt
 * 35  4  nonce prefix (random; the 12-byte GCM nonce is prefix || 8-byte chunk index)
 * 39  4  chunk size (plaintext bytes of every chunk but the last)
 * 43 16  key check: HMAC-SHA256(master, "parley-backup-1 check" || salt), first 16 bytes
 * 59     chunks
 * </pre>
 * The file key is HMAC-SHA256(master, "parley-backup-1 key" || salt): fresh for every file, also under the one
 * install key, so nonces never repeat under a key.
 */
record SealedHeader(Kdf kdf, byte[] salt, byte[] noncePrefix, int chunkSize, byte[] keyCheck) {

    static final byte[] MAGIC = "PARLEYBK".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;
    static final int SALT_BYTES = 16;
    static final int PREFIX_BYTES = 4;
    static final int CHECK_BYTES = 16;
    static final int MIN_CHUNK = 1024;
    static final int MAX_CHUNK = 16 << 20;

    /** The keys of a file: the GCM key and the check value written into the header. */
    record Keys(byte[] fileKey, byte[] keyCheck) {
    }

    static Keys keys(byte[] master, byte[] salt) {
        return new Keys(hmac(master, "parley-backup-1 key", salt),
                Arrays.copyOf(hmac(master, "parley-backup-1 check", salt), CHECK_BYTES));
    }

    /** Whether {@code master} is the key this header was sealed with (constant-time). */
    boolean matches(byte[] master) {
        return MessageDigest.isEqual(keys(master, salt).keyCheck(), keyCheck);
    }

    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeByte(FORMAT);
            out.writeByte(kdf.id());
            out.writeInt(kdf.memoryKiB());
            out.writeInt(kdf.iterations());
            out.writeByte(kdf.parallelism());
            out.write(salt);
            out.write(noncePrefix);
            out.writeInt(chunkSize);
            out.write(keyCheck);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        return buffer.toByteArray();
    }

    /** Reads and checks a header; {@code name} names the file in messages. */
    static SealedHeader read(InputStream in, String name) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        try {
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BackupFileException(name + " is not a Parley backup (it does not begin with PARLEYBK)");
            }
            int format = data.readUnsignedByte();
            if (format != FORMAT) {
                throw new BackupFileException(name + " is a Parley backup of format " + format + ", which this"
                        + " parleyctl cannot read (it reads format " + FORMAT + "): use the Parley that made it");
            }
            Kdf kdf = new Kdf(data.readUnsignedByte(), data.readInt(), data.readInt(), data.readUnsignedByte());
            kdf.check();
            byte[] salt = data.readNBytes(SALT_BYTES);
            byte[] prefix = data.readNBytes(PREFIX_BYTES);
            int chunk = data.readInt();
            byte[] check = data.readNBytes(CHECK_BYTES);
            if (check.length != CHECK_BYTES) {
                throw new EOFException();
            }
            if (chunk < MIN_CHUNK || chunk > MAX_CHUNK) {
                throw new BackupFileException(name + " is damaged: its header names a chunk size of " + chunk);
            }
            return new SealedHeader(kdf, salt, prefix, chunk, check);
        } catch (EOFException e) {
            throw new BackupFileException(name + " is not a Parley backup, or is truncated within its header");
        }
    }

    private static byte[] hmac(byte[] key, String label, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(label.getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(salt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

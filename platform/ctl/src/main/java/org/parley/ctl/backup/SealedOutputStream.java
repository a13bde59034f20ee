package org.parley.ctl.backup;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Encrypts what is written into a backup file: the header, then one sealed chunk per {@code chunkSize} bytes, the
 * final one flagged "last" (possibly empty). A chunk is written only once more data follows it or at {@link #close},
 * so the writer always knows which one is last. Each chunk on the wire: flags (1 byte), length of the sealed bytes
 * (4 bytes), the sealed bytes (ciphertext and 16-byte tag). Not thread-safe.
 */
public final class SealedOutputStream extends OutputStream {

    /** 64 KiB: small enough to keep memory flat, large enough that the 21 bytes per chunk do not matter. */
    public static final int DEFAULT_CHUNK = 64 * 1024;

    private final DataOutputStream out;
    private final ChunkCipher cipher;
    private final byte[] buffer;
    private int filled;
    private long index;
    private boolean closed;

    public SealedOutputStream(OutputStream out, BackupSecret secret, Kdf kdf) throws IOException {
        this(out, secret, kdf, DEFAULT_CHUNK);
    }

    SealedOutputStream(OutputStream out, BackupSecret secret, Kdf kdf, int chunkSize) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[SealedHeader.SALT_BYTES];
        byte[] prefix = new byte[SealedHeader.PREFIX_BYTES];
        random.nextBytes(salt);
        random.nextBytes(prefix);
        byte[] master = kdf.derive(secret, salt);
        SealedHeader.Keys keys = SealedHeader.keys(master, salt);
        Arrays.fill(master, (byte) 0);
        SealedHeader header = new SealedHeader(kdf, salt, prefix, chunkSize, keys.keyCheck());
        this.out = new DataOutputStream(out);
        this.cipher = new ChunkCipher(keys.fileKey(), header);
        this.buffer = new byte[chunkSize];
        this.out.write(header.bytes());
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("the backup file is already closed");
        }
        while (length > 0) {
            if (filled == buffer.length) {
                emit(0);
            }
            int n = Math.min(length, buffer.length - filled);
            System.arraycopy(data, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    private void emit(int flags) throws IOException {
        byte[] sealed = cipher.seal(index++, flags, buffer, filled);
        out.writeByte(flags);
        out.writeInt(sealed.length);
        out.write(sealed);
        filled = 0;
    }

    /** Writes the last chunk and closes the file; without it the file reads as truncated. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            emit(ChunkCipher.LAST);
            out.flush();
        } finally {
            Arrays.fill(buffer, (byte) 0);
            out.close();
        }
    }
}

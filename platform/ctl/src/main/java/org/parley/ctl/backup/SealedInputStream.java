package org.parley.ctl.backup;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Decrypts a backup file written by {@link SealedOutputStream}, checking each chunk's tag before any of its bytes
 * are returned. Fails with a {@link BackupFileException} naming the problem: not a backup, wrong passphrase or key,
 * a damaged or moved chunk, truncated (no "last" chunk), or data appended after the last chunk. Not thread-safe.
 */
public final class SealedInputStream extends InputStream {

    private final DataInputStream in;
    private final String name;
    private final SealedHeader header;
    private final ChunkCipher cipher;
    private byte[] chunk = new byte[0];
    private int position;
    private long index;
    private boolean last;

    /**
     * Reads the header and checks the secret against it.
     *
     * @param name the file's name for messages
     */
    public SealedInputStream(InputStream in, String name, BackupSecret secret) throws IOException {
        this.in = new DataInputStream(in);
        this.name = name;
        this.header = SealedHeader.read(this.in, name);
        byte[] master = header.kdf().derive(secret, header.salt());
        try {
            if (!header.matches(master)) {
                throw new BackupFileException("cannot open " + name + ": wrong " + (secret.passphrase()
                        ? "passphrase" : "key file") + " (it was sealed with another one)");
            }
            this.cipher = new ChunkCipher(SealedHeader.keys(master, header.salt()).fileKey(), header);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (last) {
                return -1;
            }
            next();
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, target, offset, n);
        position += n;
        return n;
    }

    private void next() throws IOException {
        int flags;
        int length;
        try {
            flags = in.readUnsignedByte();
            length = in.readInt();
        } catch (EOFException e) {
            throw truncated();
        }
        boolean isLast = (flags & ChunkCipher.LAST) != 0;
        int full = header.chunkSize() + ChunkCipher.TAG_BYTES;
        if ((flags & ~ChunkCipher.LAST) != 0 || length < ChunkCipher.TAG_BYTES || length > full
                || !isLast && length != full) {
            throw new BackupFileException(name + " is damaged: chunk " + index + " has a malformed frame");
        }
        byte[] sealed = in.readNBytes(length);
        if (sealed.length != length) {
            throw truncated();
        }
        byte[] plain = cipher.open(index, flags, sealed);
        if (plain == null) {
            throw new BackupFileException(name + " is damaged or was altered: chunk " + index + " (at about byte "
                    + index * full + ") fails its integrity check");
        }
        if (isLast && in.read() >= 0) {
            throw new BackupFileException(name + " has data appended after its last chunk: it was altered");
        }
        index++;
        last = isLast;
        chunk = plain;
        position = 0;
    }

    private BackupFileException truncated() {
        return new BackupFileException(name + " is truncated: it ends after chunk " + index + " without its last"
                + " chunk (copied before the backup finished, or cut off)");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

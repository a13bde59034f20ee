package org.parley.media.internal.ice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parley.media.internal.transport.PacketReply;

/**
 * One endpoint registered in an {@link EndpointDirectory}: its local ufrag, the caller's endpoint object, its
 * liveness time and the 5-tuples bound to it. The handle the I/O thread keeps to mark the endpoint alive after a
 * valid STUN check or an authenticated SRTP packet ({@link #alive(long)}, no lookup, no allocation).
 *
 * <p>Threading: every method from any thread ({@link #alive} and the flags are volatile); the bindings are changed
 * only by the directory, under its write lock, and read as a copy-on-write list.
 */
public final class DirectoryEntry<T> implements ProbeTable.Hashed {
    private final String localUfrag;
    private final byte[] ufragBytes;
    private final int hash;
    private final T endpoint;
    private final List<Binding<T>> bindings = new CopyOnWriteArrayList<>();
    private volatile long lastAliveMillis;
    private volatile boolean removed;

    DirectoryEntry(String localUfrag, T endpoint, long nowMillis) {
        this.localUfrag = localUfrag;
        this.ufragBytes = localUfrag.getBytes(StandardCharsets.US_ASCII);
        this.hash = ufragHash(ufragBytes, 0, ufragBytes.length);
        this.endpoint = endpoint;
        this.lastAliveMillis = nowMillis;
    }

    /** FNV-1a over the bytes, then mixed; the same for a ufrag string and for its bytes inside a datagram. */
    static int ufragHash(byte[] array, int offset, int length) {
        int h = 0x811C9DC5;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ (array[i] & 0xFF)) * 0x01000193;
        }
        return ProbeTable.mix(h);
    }

    boolean hasUfrag(int ufragHash, byte[] array, int offset, int length) {
        return hash == ufragHash
                && Arrays.equals(ufragBytes, 0, ufragBytes.length, array, offset, offset + length);
    }

    @Override
    public int probeHash() {
        return hash;
    }

    public String localUfrag() {
        return localUfrag;
    }

    public T endpoint() {
        return endpoint;
    }

    /** Records valid traffic (an answered check, an authenticated SRTP/SRTCP packet) at {@code nowMillis}. */
    public void alive(long nowMillis) {
        if (nowMillis > lastAliveMillis) {
            lastAliveMillis = nowMillis;
        }
    }

    /** The last {@link #alive} time, or the registration time before any. */
    public long lastAliveMillis() {
        return lastAliveMillis;
    }

    /** True once removed or expired: the I/O thread must stop using this endpoint. */
    public boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }

    /** The paths (UDP port, TCP connections) of this endpoint's bound 5-tuples, e.g. to disconnect TCP ones. */
    public List<PacketReply> paths() {
        List<PacketReply> paths = new ArrayList<>();
        for (Binding<T> binding : bindings) {
            paths.add(binding.path());
        }
        return paths;
    }

    List<Binding<T>> bindings() {
        return bindings;
    }

    @Override
    public String toString() {
        return "DirectoryEntry[" + localUfrag + "]";
    }
}

package org.parley.media.internal.io;

import java.net.SocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.parley.media.internal.transport.PacketReply;
import org.parley.media.internal.transport.TransportKind;

/**
 * A path back that keeps a copy of every packet sent (or, for allocation tests, only counts them), and hands each
 * copy to a watcher if one is set (a DTLS peer in the test). Sends may come from any thread (DTLS's).
 */
final class FakeReply implements PacketReply {
    private final TransportKind kind;
    private final boolean keep;
    private final List<byte[]> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong count = new AtomicLong();
    private volatile Consumer<byte[]> watcher;
    private int confirmed;
    private int disconnected;

    FakeReply(TransportKind kind, boolean keep) {
        this.kind = kind;
        this.keep = keep;
    }

    @Override
    public boolean send(byte[] array, int offset, int length, SocketAddress destination) {
        count.incrementAndGet();
        if (keep) {
            byte[] copy = Arrays.copyOfRange(array, offset, offset + length);
            sent.add(copy);
            Consumer<byte[]> to = watcher;
            if (to != null) {
                to.accept(copy);
            }
        }
        return true;
    }

    @Override
    public void confirm() {
        confirmed++;
    }

    @Override
    public void disconnect() {
        disconnected++;
    }

    @Override
    public TransportKind kind() {
        return kind;
    }

    List<byte[]> sent() {
        return sent;
    }

    /** Packets sent since {@link #clear}. */
    long count() {
        return count.get();
    }

    void clear() {
        sent.clear();
        count.set(0);
    }

    /** Every packet sent from now on also goes to {@code to}. */
    void watch(Consumer<byte[]> to) {
        watcher = to;
    }

    int confirmed() {
        return confirmed;
    }

    int disconnected() {
        return disconnected;
    }
}

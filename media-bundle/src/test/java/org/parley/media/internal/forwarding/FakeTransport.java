package org.parley.media.internal.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A leg transport that keeps a copy of every packet sent (or, for allocation tests, only counts them). */
final class FakeTransport implements LegTransport {
    private final String kind;
    private final boolean keep;
    private final List<byte[]> sent = new ArrayList<>();
    private long count;

    FakeTransport(String kind, boolean keep) {
        this.kind = kind;
        this.keep = keep;
    }

    FakeTransport() {
        this("udp", true);
    }

    @Override
    public void send(byte[] array, int offset, int length) {
        count++;
        if (keep) {
            sent.add(Arrays.copyOfRange(array, offset, offset + length));
        }
    }

    @Override
    public String kind() {
        return kind;
    }

    List<byte[]> sent() {
        return sent;
    }

    long count() {
        return count;
    }
}

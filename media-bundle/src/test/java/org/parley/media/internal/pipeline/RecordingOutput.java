package org.parley.media.internal.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@link PacketOutput} that keeps a copy of every packet sent, for assertions. */
final class RecordingOutput implements PacketOutput {
    final List<byte[]> packets = new ArrayList<>();

    @Override
    public void send(byte[] array, int offset, int length) {
        packets.add(Arrays.copyOfRange(array, offset, offset + length));
    }

    byte[] last() {
        return packets.get(packets.size() - 1);
    }
}

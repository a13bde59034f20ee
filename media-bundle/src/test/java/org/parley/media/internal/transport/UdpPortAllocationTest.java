package org.parley.media.internal.transport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The receive loop, including an echo sent back from the I/O thread, allocates less than one byte per datagram in
 * steady state (measured on the I/O thread with {@code ThreadMXBean}): for a single sender on the shared socket,
 * and for three interleaved senders once each has its connected socket (issue 7 item 8). In the same run it prints
 * what the three cost on the shared socket alone (the JDK decodes a new source address whenever the sender
 * changes), the baseline the connected sockets remove.
 */
class UdpPortAllocationTest {
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 50_000;
    private static final int MEASURED_PEERS = 120_000;
    /** Enough open descriptors that the port's are above 127, where the JDK's selector boxes an fd uncached. */
    private static final int FILLER_DESCRIPTORS = 160;
    private static final int BATCH = 200;

    private volatile long handled;

    private final PacketSink echo = (packet, reply) -> {
        handled++;
        reply.send(packet.array(), packet.offset(), packet.length(), packet.source());
    };

    @Test
    void aSingleSenderAllocatesNothingPerDatagram() throws IOException {
        try (UdpPort udp = UdpPort.open(UdpPortTest.LOOPBACK_ANY_PORT, 4 << 20, 4, echo);
             DatagramChannel sender = client()) {
            SocketAddress port = udp.localAddress();
            send(udp, port, WARM_UP, sender);
            double perPacket = measure(udp, port, sender);
            System.out.printf("UdpPort receive + echo, one sender: %.3f bytes allocated per datagram%n", perPacket);
            assertTrue(perPacket < 1.0, perPacket + " bytes per datagram");
        }
    }

    @Test
    void twoInterleavedSendersAreMeasured() throws IOException {
        try (UdpPort udp = UdpPort.open(UdpPortTest.LOOPBACK_ANY_PORT, 4 << 20, 4, echo);
             DatagramChannel first = client(); DatagramChannel second = client()) {
            SocketAddress port = udp.localAddress();
            send(udp, port, WARM_UP, first, second);
            double perPacket = measure(udp, port, first, second);
            System.out.printf("UdpPort receive + echo, two interleaved senders: %.1f bytes allocated per datagram "
                    + "(the JDK's new InetSocketAddress per change of sender)%n", perPacket);
            assertTrue(perPacket < 200, perPacket + " bytes per datagram");
        }
    }

    @Test
    void threeInterleavedPeersWithConnectedSocketsAllocateNothingPerDatagram() throws IOException {
        List<Closeable> filler = new ArrayList<>();
        try {
            for (int i = 0; i < FILLER_DESCRIPTORS; i++) {
                filler.add(DatagramChannel.open());
            }
            measureThreePeers();
        } finally {
            for (Closeable c : filler) {
                c.close();
            }
        }
    }

    private void measureThreePeers() throws IOException {
        try (UdpPort udp = UdpPort.open(UdpPortTest.LOOPBACK_ANY_PORT, 4 << 20, 4, echo);
             DatagramChannel a = client(); DatagramChannel b = client(); DatagramChannel c = client()) {
            SocketAddress port = udp.localAddress();
            send(udp, port, WARM_UP, a, b, c);
            double shared = measure(udp, port, MEASURED_PEERS, a, b, c);
            for (DatagramChannel sender : List.of(a, b, c)) {
                assertTrue(udp.dedicated(sender.getLocalAddress()) instanceof UdpPeer, "a connected socket");
            }
            send(udp, port, WARM_UP, a, b, c);
            long throughPeers = udp.counters().get(TransportCounter.PEER_PACKETS_RECEIVED);
            double connected = measure(udp, port, MEASURED_PEERS, a, b, c);
            System.out.printf("UdpPort receive + echo, three interleaved senders, %,d datagrams: %.3f bytes allocated "
                    + "per datagram with connected sockets, %.1f on the shared socket alone%n", MEASURED_PEERS,
                    connected, shared);
            assertTrue(udp.counters().get(TransportCounter.PEER_PACKETS_RECEIVED) - throughPeers >= MEASURED_PEERS,
                    "every measured datagram came through a connected socket");
            assertTrue(shared > 64, "the baseline shows the JDK's addresses: " + shared);
            assertTrue(connected < 1.0, connected + " bytes per datagram");
        }
    }

    private double measure(UdpPort udp, SocketAddress port, DatagramChannel... senders) throws IOException {
        return measure(udp, port, MEASURED, senders);
    }

    private double measure(UdpPort udp, SocketAddress port, int count, DatagramChannel... senders)
            throws IOException {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(udp.receiveThreadId());
        long handledBefore = handled;
        send(udp, port, count, senders);
        long allocated = threads.getThreadAllocatedBytes(udp.receiveThreadId()) - before;
        return (double) allocated / (handled - handledBefore);
    }

    private static DatagramChannel client() throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 64 * 1024);
        channel.bind(UdpPortTest.LOOPBACK_ANY_PORT);
        return channel;
    }

    /** Sends in batches and waits for each batch, so the port's socket buffer never overflows. */
    private void send(UdpPort udp, SocketAddress port, int count, DatagramChannel... senders) throws IOException {
        ByteBuffer datagram = ByteBuffer.allocate(1_100);
        ByteBuffer drain = ByteBuffer.allocate(2_048);
        for (int sent = 0; sent < count; ) {
            long target = handled + BATCH;
            for (int i = 0; i < BATCH; i++, sent++) {
                datagram.clear();
                datagram.put(0, (byte) 0x80);
                senders[sent % senders.length].send(datagram, port);
            }
            Await.until(() -> handled >= target, "batch handled");
            for (DatagramChannel sender : senders) {
                sender.configureBlocking(false);
                while (sender.receive(drain.clear()) != null) {
                    // The echoes are not checked here; only the receive thread's allocation is.
                }
                sender.configureBlocking(true);
            }
        }
    }
}

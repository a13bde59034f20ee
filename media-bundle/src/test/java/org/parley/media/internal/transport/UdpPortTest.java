package org.parley.media.internal.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared UDP port over real loopback sockets: echo through the sink, hostile input, truncation, close. */
class UdpPortTest {
    static final InetSocketAddress LOOPBACK_ANY_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final byte THROW = (byte) 0xEE;

    private final List<SocketAddress> sources = new CopyOnWriteArrayList<>();
    private UdpPort udp;
    private DatagramSocket client;

    /** Echoes every datagram to its source, except those starting with {@link #THROW}: the sink "has a bug". */
    private final PacketSink echo = (packet, reply) -> {
        sources.add(packet.source());
        if (packet.length() > 0 && packet.array()[packet.offset()] == THROW) {
            throw new IllegalStateException("sink bug");
        }
        reply.send(packet.array(), packet.offset(), packet.length(), packet.source());
    };

    @AfterEach
    void close() {
        if (udp != null) {
            udp.close();
        }
        if (client != null) {
            client.close();
        }
    }

    private void open() throws IOException {
        udp = UdpPort.open(LOOPBACK_ANY_PORT, 1 << 20, 4, echo);
        client = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        client.setSoTimeout(5_000);
    }

    private void sendToPort(byte[] bytes) throws IOException {
        client.send(new DatagramPacket(bytes, bytes.length, udp.localAddress()));
    }

    private byte[] receive() throws IOException {
        DatagramPacket in = new DatagramPacket(new byte[2048], 2048);
        client.receive(in);
        return Arrays.copyOf(in.getData(), in.getLength());
    }

    @Test
    void echoesThroughTheSink() throws IOException {
        open();
        assertTrue(udp.port() > 0);
        byte[] hello = {(byte) 0x80, 0x60, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        sendToPort(hello);
        assertArrayEquals(hello, receive());
        sendToPort(new byte[1200]);
        assertEquals(1200, receive().length);
        assertEquals(2, udp.counters().get(TransportCounter.PACKETS_RECEIVED));
        assertEquals(1212, udp.counters().get(TransportCounter.BYTES_RECEIVED));
        Await.until(() -> udp.counters().get(TransportCounter.PACKETS_SENT) == 2, "two sent");
        assertEquals(client.getLocalSocketAddress(), sources.get(0));
        assertSame(sources.get(0), sources.get(1), "the JDK keeps one sender's address object");
        assertEquals(TransportKind.UDP, udp.kind());
    }

    @Test
    void theReceiveThreadIsNamedAfterThePort() throws IOException {
        open();
        String name = "media-udp-" + udp.port();
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(name) && t.isDaemon()));
    }

    @Test
    void hostileDatagramsAndSinkFailuresNeverStopTheLoop() throws IOException {
        open();
        Random random = new Random(7);
        int garbage = 2_000;
        for (int i = 0; i < garbage; i++) {
            byte[] bytes = new byte[random.nextInt(1_500)];
            random.nextBytes(bytes);
            if (i % 10 == 0 && bytes.length > 0) {
                bytes[0] = THROW;
            }
            sendToPort(bytes);
            if (i % 100 == 0) {
                drain();
            }
        }
        Await.until(() -> udp.counters().get(TransportCounter.PACKETS_RECEIVED) >= garbage * 9 / 10, "garbage read");
        drain();
        assertTrue(udp.counters().get(TransportCounter.SINK_ERRORS) > 0);
        byte[] valid = {(byte) 0x90, 0x6F, 0, 1};
        sendToPort(valid);
        byte[] echoed = receive();
        while (!Arrays.equals(valid, echoed)) {
            echoed = receive();
        }
        assertTrue(udp.isRunning());
    }

    private void drain() throws IOException {
        client.setSoTimeout(1);
        try {
            while (true) {
                receive();
            }
        } catch (java.net.SocketTimeoutException done) {
            client.setSoTimeout(5_000);
        }
    }

    @Test
    void aDatagramThatFillsTheBufferIsDroppedAsTruncated() throws IOException {
        open();
        sendToPort(new byte[BufferPool.BUFFER_BYTES]);
        sendToPort(new byte[3_000]);
        sendToPort(new byte[BufferPool.BUFFER_BYTES - 1]);
        assertEquals(BufferPool.BUFFER_BYTES - 1, receive().length);
        assertEquals(2, udp.counters().get(TransportCounter.TRUNCATED));
        assertEquals(1, udp.counters().get(TransportCounter.PACKETS_RECEIVED));
    }

    @Test
    void interleavedSendersKeepEqualSources() throws IOException {
        open();
        try (DatagramSocket other = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            byte[] one = {1};
            sendToPort(one);
            other.send(new DatagramPacket(one, 1, udp.localAddress()));
            sendToPort(one);
            Await.until(() -> sources.size() == 3, "three datagrams");
        }
        assertNotEquals(sources.get(0), sources.get(1));
        // Equal, but on JDK 17 not the same object: the JDK caches only the latest sender's address, which is why
        // EndpointDirectory compares sources with equals() after an identity check.
        assertEquals(sources.get(0), sources.get(2));
    }

    @Test
    void closeStopsTheThreadAndLaterSendsFail() throws IOException {
        open();
        InetSocketAddress to = (InetSocketAddress) client.getLocalSocketAddress();
        udp.close();
        Await.until(() -> !udp.isRunning(), "receive thread ends");
        assertFalse(udp.send(new byte[4], 0, 4, to));
        assertEquals(1, udp.counters().get(TransportCounter.SEND_ERRORS));
        udp.close();
    }

    @Test
    void disconnectAndConfirmDoNothingToTheSharedPort() throws IOException {
        open();
        udp.confirm();
        udp.disconnect();
        byte[] hello = {1, 2, 3};
        sendToPort(hello);
        assertArrayEquals(hello, receive());
    }

    @Test
    void aBadDestinationIsCountedNotThrown() throws IOException {
        open();
        assertFalse(udp.send(new byte[4], 0, 4, InetSocketAddress.createUnresolved("nowhere.invalid", 9)));
        assertEquals(1, udp.counters().get(TransportCounter.SEND_ERRORS));
        assertTrue(udp.isRunning());
    }
}

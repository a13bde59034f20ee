package org.parley.media.internal.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Passive ICE-TCP over real loopback sockets: framing, limits, probation and idleness on a test clock, hostility. */
class IceTcpPortTest {
    static final byte CONFIRM = 0x01;
    static final byte DISCONNECT = 0x02;
    static final byte THROW = 0x03;

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<SocketAddress> sources = new CopyOnWriteArrayList<>();
    private final List<PacketReply> replies = new CopyOnWriteArrayList<>();
    private final List<PacketReply> closed = new CopyOnWriteArrayList<>();
    private final List<Socket> clients = new ArrayList<>();
    private IceTcpPort tcp;

    /** Echoes every frame; by its first byte also confirms, disconnects, or throws (a sink bug). */
    private final PacketSink sink = new PacketSink() {
        @Override
        public void receive(Packet packet, PacketReply reply) {
            sources.add(packet.source());
            replies.add(reply);
            byte first = packet.array()[packet.offset()];
            if (first == THROW) {
                throw new IllegalStateException("sink bug");
            }
            reply.send(packet.array(), packet.offset(), packet.length(), packet.source());
            if (first == CONFIRM) {
                reply.confirm();
            } else if (first == DISCONNECT) {
                reply.disconnect();
            }
        }

        @Override
        public void closed(PacketReply path) {
            closed.add(path);
        }
    };

    @AfterEach
    void closeAll() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        if (tcp != null) {
            tcp.close();
        }
    }

    private void open(int maxConnections, int maxPerAddress) throws IOException {
        open(new IceTcpSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), maxConnections,
                maxPerAddress, 10_000, 30_000, IceTcpSettings.DEFAULT_SEND_QUEUE_BYTES, 64 * 1024));
    }

    private void open(IceTcpSettings settings) throws IOException {
        tcp = IceTcpPort.open(settings, clock::get, sink);
    }

    private Socket connect() throws IOException {
        return connect(InetAddress.getLoopbackAddress());
    }

    private Socket connect(InetAddress from) throws IOException {
        Socket client = new Socket();
        clients.add(client);
        client.bind(new InetSocketAddress(from, 0));
        client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), tcp.port()));
        client.setSoTimeout(5_000);
        client.setTcpNoDelay(true);
        return client;
    }

    private static byte[] readFrame(Socket client) throws IOException {
        DataInputStream in = new DataInputStream(client.getInputStream());
        byte[] frame = new byte[in.readUnsignedShort()];
        in.readFully(frame);
        return frame;
    }

    /** True when the server closed the connection (EOF or reset), after reading away any echo frames. */
    private static boolean closedByServer(Socket client) {
        try {
            while (true) {
                if (client.getInputStream().read() < 0) {
                    return true;
                }
            }
        } catch (IOException reset) {
            return !(reset instanceof java.net.SocketTimeoutException);
        }
    }

    @Test
    void framesSplitAcrossWritesAreReassembledAndEchoedFramed() throws IOException {
        open(8, 8);
        Socket client = connect();
        byte[] packet = Rfc4571ReaderTest.packet(1_200, 1);
        packet[0] = CONFIRM;
        byte[] stream = Rfc4571ReaderTest.framed(packet);
        OutputStream out = client.getOutputStream();
        out.write(stream, 0, 1);
        out.flush();
        out.write(stream, 1, 500);
        out.flush();
        out.write(stream, 501, stream.length - 501);
        assertArrayEquals(packet, readFrame(client));
        assertEquals(TransportKind.TCP, replies.get(0).kind());
        Await.until(() -> tcp.counters().get(TransportCounter.PACKETS_SENT) == 1, "echo counted");
        assertEquals(1_200, tcp.counters().get(TransportCounter.BYTES_SENT));
    }

    @Test
    void severalFramesInOneWriteKeepOneSourceObjectAndOneReply() throws IOException {
        open(8, 8);
        Socket client = connect();
        byte[][] packets = new byte[20][];
        for (int i = 0; i < packets.length; i++) {
            packets[i] = Rfc4571ReaderTest.packet(10 + i, i);
            packets[i][0] = CONFIRM;
        }
        client.getOutputStream().write(Rfc4571ReaderTest.framed(packets));
        for (byte[] packet : packets) {
            assertArrayEquals(packet, readFrame(client));
        }
        assertEquals(20, sources.size());
        assertEquals(client.getLocalSocketAddress(), sources.get(0));
        for (int i = 1; i < sources.size(); i++) {
            assertSame(sources.get(0), sources.get(i), "one source object for the connection's life");
            assertSame(replies.get(0), replies.get(i));
        }
    }

    @Test
    void oversizeAndZeroLengthFramesCloseTheConnection() throws IOException {
        open(8, 8);
        Socket oversize = connect();
        oversize.getOutputStream().write(new byte[] {0x06, 0x41, 1, 2, 3});
        Socket zero = connect();
        zero.getOutputStream().write(new byte[] {0, 0});
        assertTrue(closedByServer(oversize));
        assertTrue(closedByServer(zero));
        Await.until(() -> closed.size() == 2, "sink told of both closes");
        assertEquals(2, tcp.counters().get(TransportCounter.FRAMING_ERRORS));
        assertEquals(0, tcp.openConnections());
        Socket fine = connect();
        byte[] max = new byte[Rfc4571Reader.MAX_FRAME_BYTES];
        max[0] = CONFIRM;
        fine.getOutputStream().write(Rfc4571ReaderTest.framed(max));
        assertArrayEquals(max, readFrame(fine));
    }

    @Test
    void connectionsBeyondThePerAddressLimitAreRefused() throws IOException {
        open(8, 2);
        connect();
        connect();
        Socket third = connect();
        assertTrue(closedByServer(third));
        assertEquals(1, tcp.counters().get(TransportCounter.REFUSED_ADDRESS_LIMIT));
        Socket otherAddress = connect(InetAddress.getByName("127.0.0.2"));
        byte[] hello = {CONFIRM, 9};
        otherAddress.getOutputStream().write(Rfc4571ReaderTest.framed(hello));
        assertArrayEquals(hello, readFrame(otherAddress));
        assertEquals(3, tcp.openConnections());
    }

    @Test
    void connectionsBeyondTheTotalLimitAreRefusedUntilOneCloses() throws IOException {
        open(2, 8);
        Socket first = connect();
        connect(InetAddress.getByName("127.0.0.3"));
        Socket third = connect(InetAddress.getByName("127.0.0.4"));
        assertTrue(closedByServer(third));
        assertEquals(1, tcp.counters().get(TransportCounter.REFUSED_TOTAL_LIMIT));
        first.close();
        Await.until(() -> tcp.openConnections() == 1, "first one closed");
        Socket fourth = connect();
        byte[] hello = {CONFIRM};
        fourth.getOutputStream().write(Rfc4571ReaderTest.framed(hello));
        assertArrayEquals(hello, readFrame(fourth));
    }

    @Test
    void anUnconfirmedConnectionIsClosedAfterItsProbation() throws IOException {
        open(8, 8);
        Socket silent = connect();
        Socket talksButNeverConfirms = connect();
        byte[] unconfirmed = {(byte) 0x80, 0};
        talksButNeverConfirms.getOutputStream().write(Rfc4571ReaderTest.framed(unconfirmed));
        assertArrayEquals(unconfirmed, readFrame(talksButNeverConfirms));
        Socket confirmed = connect();
        confirmed.getOutputStream().write(Rfc4571ReaderTest.framed(new byte[] {CONFIRM}));
        readFrame(confirmed);
        Await.until(() -> tcp.openConnections() == 3, "three open");
        clock.addAndGet(10_000);
        assertTrue(closedByServer(silent));
        assertTrue(closedByServer(talksButNeverConfirms));
        // The open count drops before the counter and the sink hear of a close: wait for the sink, the last.
        Await.until(() -> closed.size() == 2, "sink told of both closes");
        assertEquals(1, tcp.openConnections());
        assertEquals(2, tcp.counters().get(TransportCounter.CLOSED_UNCONFIRMED));
        confirmed.getOutputStream().write(Rfc4571ReaderTest.framed(new byte[] {CONFIRM, 2}));
        assertArrayEquals(new byte[] {CONFIRM, 2}, readFrame(confirmed));
    }

    @Test
    void aConfirmedConnectionIsClosedWhenIdle() throws IOException {
        open(8, 8);
        Socket client = connect();
        client.getOutputStream().write(Rfc4571ReaderTest.framed(new byte[] {CONFIRM}));
        readFrame(client);
        clock.addAndGet(29_000);
        client.getOutputStream().write(Rfc4571ReaderTest.framed(new byte[] {CONFIRM}));
        readFrame(client);
        clock.addAndGet(29_000);
        client.getOutputStream().write(Rfc4571ReaderTest.framed(new byte[] {CONFIRM}));
        readFrame(client);
        assertEquals(1, tcp.openConnections(), "traffic keeps it open");
        clock.addAndGet(30_000);
        assertTrue(closedByServer(client));
        Await.until(() -> tcp.counters().get(TransportCounter.CLOSED_IDLE) == 1, "idle close counted");
    }

    @Test
    void disconnectFromTheSinkClosesAndTellsTheSink() throws IOException {
        open(8, 8);
        Socket client = connect();
        client.getOutputStream().write(Rfc4571ReaderTest.framed(new byte[] {DISCONNECT}));
        assertTrue(closedByServer(client));
        Await.until(() -> closed.size() == 1, "sink told");
        assertSame(replies.get(0), closed.get(0));
        assertFalse(replies.get(0).send(new byte[1], 0, 1, sources.get(0)), "a closed connection sends nothing");
    }

    @Test
    void aSendToAnotherAddressIsRefused() throws IOException {
        open(8, 8);
        Socket client = connect();
        client.getOutputStream().write(Rfc4571ReaderTest.framed(new byte[] {CONFIRM}));
        readFrame(client);
        PacketReply reply = replies.get(0);
        assertFalse(reply.send(new byte[1], 0, 1, new InetSocketAddress("127.0.0.9", 1)));
        assertTrue(reply.send(new byte[] {7}, 0, 1, new InetSocketAddress(
                ((InetSocketAddress) sources.get(0)).getAddress(), ((InetSocketAddress) sources.get(0)).getPort())));
        assertArrayEquals(new byte[] {7}, readFrame(client));
    }

    @Test
    void aReaderThatStallsFillsItsQueueAndTheSenderNeverBlocks() throws IOException {
        open(new IceTcpSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8, 8, 10_000, 30_000,
                8 * 1024, 4 * 1024));
        Socket stalled = connect();
        stalled.setReceiveBufferSize(4 * 1024);
        stalled.getOutputStream().write(Rfc4571ReaderTest.framed(new byte[] {CONFIRM}));
        Await.until(() -> replies.size() == 1, "connection known");
        PacketReply reply = replies.get(0);
        byte[] packet = new byte[1_200];
        int dropped = 0;
        for (int i = 0; i < 2_000; i++) {
            dropped += reply.send(packet, 0, packet.length, sources.get(0)) ? 0 : 1;
        }
        assertTrue(dropped > 0);
        assertEquals(dropped, tcp.counters().get(TransportCounter.SEND_QUEUE_FULL));
        // The queued frames are still whole: the reader finds every frame boundary once it reads.
        assertArrayEquals(new byte[] {CONFIRM}, readFrame(stalled));
        for (int i = 0; i < 2_000 - dropped; i++) {
            assertEquals(1_200, readFrame(stalled).length);
        }
    }

    @Test
    void randomBytesNeverStopTheLoop() throws IOException {
        open(64, 64);
        Random random = new Random(11);
        for (int c = 0; c < 30; c++) {
            Socket hostile = connect();
            byte[] garbage = new byte[random.nextInt(5_000)];
            random.nextBytes(garbage);
            if (garbage.length > 2) {
                garbage[2] = THROW;
            }
            hostile.getOutputStream().write(garbage);
        }
        Socket fine = connect();
        byte[] hello = {CONFIRM, 1, 2, 3};
        fine.getOutputStream().write(Rfc4571ReaderTest.framed(hello));
        assertArrayEquals(hello, readFrame(fine));
        Await.until(() -> tcp.counters().get(TransportCounter.FRAMING_ERRORS) > 0, "framing errors counted");
        assertTrue(tcp.isRunning());
    }

    @Test
    void closeEndsEveryConnectionAndTellsTheSink() throws IOException {
        open(8, 8);
        Socket one = connect();
        Socket two = connect();
        Await.until(() -> tcp.openConnections() == 2, "two open");
        tcp.close();
        assertTrue(closedByServer(one));
        assertTrue(closedByServer(two));
        assertEquals(2, closed.size());
        assertFalse(tcp.isRunning());
    }
}

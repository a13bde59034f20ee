package org.parley.media.internal.ice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.transport.Await;
import org.parley.media.internal.transport.IceTcpPort;
import org.parley.media.internal.transport.IceTcpSettings;
import org.parley.media.internal.transport.Packet;
import org.parley.media.internal.transport.PacketClass;
import org.parley.media.internal.transport.PacketReply;
import org.parley.media.internal.transport.PacketSink;
import org.parley.media.internal.transport.UdpPort;

/**
 * The sockets, the directory and the ICE-lite responder together, as the service will wire them: a check on either
 * port is answered and binds its 5-tuple; other packets find their endpoint by 5-tuple; a removed endpoint's next
 * check is not answered; an ICE-TCP connection confirmed by a check outlives its probation.
 */
class IceOverSocketsTest {
    private static final String UFRAG = "aliceUfrag";
    private static final String PASSWORD = IceLiteResponderTest.LOCAL_PASSWORD;
    private static final byte[] MEDIA = {(byte) 0x80, 0x6F, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};

    private final AtomicLong clock = new AtomicLong(5_000);
    private final EndpointDirectory<IceEndpoint> directory = new EndpointDirectory<>();
    private final AtomicInteger handled = new AtomicInteger();
    private final AtomicInteger unbound = new AtomicInteger();
    private UdpPort udp;
    private IceTcpPort tcp;

    /** The glue phase B writes in the service, reduced: STUN to the responder, the rest echoed when bound. */
    private final class IceSink implements PacketSink {
        private final DirectoryCredentials<IceEndpoint> credentials = directory.credentials(ice -> ice);
        private final IceLiteResponder responder = new IceLiteResponder(credentials);
        private final byte[] response = new byte[StunWriter.MAX_RESPONSE_BYTES];

        @Override
        public void receive(Packet packet, PacketReply reply) {
            if (packet.classify() == PacketClass.STUN) {
                int length = responder.respond(packet, clock.get(), response, 0);
                if (responder.lastOutcome() == CheckOutcome.ANSWERED) {
                    DirectoryEntry<IceEndpoint> entry = credentials.lastFound();
                    directory.bind(reply, packet.source(), entry);
                    entry.alive(clock.get());
                    reply.confirm();
                }
                if (length > 0) {
                    reply.send(response, 0, length, packet.source());
                }
            } else if (directory.findBySource(reply, packet.source()) != null) {
                reply.send(packet.array(), packet.offset(), packet.length(), packet.source());
            } else {
                unbound.incrementAndGet();
            }
            handled.incrementAndGet();
        }

        @Override
        public void closed(PacketReply path) {
            directory.unbindPath(path);
        }
    }

    @AfterEach
    void close() {
        if (udp != null) {
            udp.close();
        }
        if (tcp != null) {
            tcp.close();
        }
    }

    private static byte[] check(int id) {
        byte[] transaction = IceLiteResponderTest.TRANSACTION.clone();
        transaction[0] = (byte) id;
        return new StunBytes(StunMessage.BINDING_REQUEST, transaction).text(StunAttribute.USERNAME, UFRAG + ":OwJ6")
                .uint32(StunAttribute.PRIORITY, 1).attribute(StunAttribute.USE_CANDIDATE, new byte[0])
                .text(StunAttribute.ICE_CONTROLLING, "12345678").integrity(PASSWORD).fingerprint().bytes();
    }

    private static int stunType(byte[] message) {
        return (message[0] & 0xFF) << 8 | message[1] & 0xFF;
    }

    @Test
    void udpCheckBindsThenMediaFlowsAndARemovedEndpointIsNoLongerAnswered() throws IOException {
        DirectoryEntry<IceEndpoint> alice = directory.register(UFRAG, new IceEndpoint(UFRAG, PASSWORD, "OwJ6"), 0);
        udp = UdpPort.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1 << 20, 4, new IceSink());
        try (DatagramSocket browser = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket stranger = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            browser.setSoTimeout(5_000);
            send(browser, MEDIA);
            Await.until(() -> unbound.get() == 1, "media before the check is not routed");
            send(browser, check(1));
            assertEquals(StunMessage.BINDING_SUCCESS_RESPONSE, stunType(receive(browser)));
            assertEquals(5_000, alice.lastAliveMillis());
            assertSame(alice, directory.findBySource(udp, browser.getLocalSocketAddress()));
            send(browser, MEDIA);
            assertArrayEquals(MEDIA, receive(browser));
            send(stranger, MEDIA);
            Await.until(() -> unbound.get() == 2, "a stranger's media is not routed");

            directory.remove(UFRAG);
            int before = handled.get();
            send(browser, check(2));
            send(browser, MEDIA);
            Await.until(() -> handled.get() == before + 2, "both handled");
            browser.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, () -> receive(browser), "nothing is answered any more");
            assertEquals(3, unbound.get());
        }
    }

    private void send(DatagramSocket from, byte[] bytes) throws IOException {
        from.send(new DatagramPacket(bytes, bytes.length, udp.localAddress()));
    }

    private static byte[] receive(DatagramSocket socket) throws IOException {
        DatagramPacket in = new DatagramPacket(new byte[2_048], 2_048);
        socket.receive(in);
        return Arrays.copyOf(in.getData(), in.getLength());
    }

    @Test
    void tcpCheckConfirmsTheConnectionAndItsBindingGoesWithIt() throws IOException {
        DirectoryEntry<IceEndpoint> alice = directory.register(UFRAG, new IceEndpoint(UFRAG, PASSWORD, "OwJ6"), 0);
        tcp = IceTcpPort.open(IceTcpSettings.defaults(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)),
                clock::get, new IceSink());
        try (Socket browser = connect(); Socket idle = connect()) {
            browser.getOutputStream().write(framed(check(3)));
            assertEquals(StunMessage.BINDING_SUCCESS_RESPONSE, stunType(readFrame(browser)));
            browser.getOutputStream().write(framed(MEDIA));
            assertArrayEquals(MEDIA, readFrame(browser));
            assertEquals(1, directory.bindings());
            clock.addAndGet(IceTcpSettings.DEFAULT_PROBATION_MILLIS);
            assertEquals(-1, idle.getInputStream().read(), "the unconfirmed connection is closed");
            browser.getOutputStream().write(framed(MEDIA));
            assertArrayEquals(MEDIA, readFrame(browser));
            assertEquals(1, tcp.openConnections());
        }
        Await.until(() -> directory.bindings() == 0, "the closed connection's 5-tuple is forgotten");
        assertFalse(alice.isRemoved(), "the endpoint stays; only its path went");
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), tcp.port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static byte[] framed(byte[] packet) {
        byte[] frame = new byte[packet.length + 2];
        frame[0] = (byte) (packet.length >>> 8);
        frame[1] = (byte) packet.length;
        System.arraycopy(packet, 0, frame, 2, packet.length);
        return frame;
    }

    private static byte[] readFrame(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] frame = new byte[in.readUnsignedShort()];
        in.readFully(frame);
        return frame;
    }
}

package org.parley.media.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A peer's connected socket beside the shared one, over real loopback sockets: the kernel hands the bound peer's
 * datagrams to it and everyone else's to the shared socket; sends to the peer go out through it; disconnecting (or
 * closing the port) closes it, counted in open descriptors.
 */
class UdpPeerTest {
    private volatile PacketReply lastReply;
    private volatile SocketAddress lastSource;
    private volatile long received;
    private UdpPort udp;
    private DatagramChannel alice;
    private DatagramChannel bob;

    private final PacketSink recording = (packet, reply) -> {
        lastReply = reply;
        lastSource = packet.source();
        received++;
    };

    @BeforeEach
    void open() throws IOException {
        udp = UdpPort.open(UdpPortTest.LOOPBACK_ANY_PORT, 1 << 20, 4, recording);
        alice = client();
        bob = client();
    }

    @AfterEach
    void close() throws IOException {
        udp.close();
        alice.close();
        bob.close();
    }

    @Test
    void aBoundPeersDatagramsArriveOnItsSocketOthersOnTheShared() throws IOException {
        UdpPeer peer = assertInstanceOf(UdpPeer.class, udp.dedicated(alice.getLocalAddress()));
        awaitArrivalThrough(alice, peer);
        assertSame(peer.remote(), lastSource, "one address object for the peer's socket");

        sendFrom(bob);
        assertSame(udp, lastReply);
        assertEquals(bob.getLocalAddress(), lastSource);

        sendFrom(alice);
        assertSame(peer, lastReply);
        assertTrue(udp.counters().get(TransportCounter.PEER_PACKETS_RECEIVED) >= 2);
        assertEquals(1, udp.counters().get(TransportCounter.PEER_SOCKETS_OPENED));
    }

    @Test
    void sendsToABoundPeerGoThroughItsSocketFromThePortsAddress() throws IOException {
        PacketReply peer = udp.dedicated(alice.getLocalAddress());
        assertTrue(peer.send(new byte[] {1, 2, 3}, 0, 3, alice.getLocalAddress()));
        assertEquals(udp.localAddress(), receive(alice));
        assertEquals(1, udp.counters().get(TransportCounter.PEER_PACKETS_SENT));

        assertTrue(udp.send(new byte[] {4}, 0, 1, bob.getLocalAddress()));
        assertEquals(udp.localAddress(), receive(bob));
        assertEquals(1, udp.counters().get(TransportCounter.PEER_PACKETS_SENT), "the shared socket sent that");
        assertEquals(2, udp.counters().get(TransportCounter.PACKETS_SENT));
    }

    @Test
    void disconnectingClosesTheSocketAndThePeerFallsBackToTheShared() throws IOException {
        long before = openDescriptors();
        UdpPeer peer = (UdpPeer) udp.dedicated(alice.getLocalAddress());
        awaitArrivalThrough(alice, peer);
        assertEquals(before + 1, openDescriptors());
        assertEquals(1, udp.openPeers());

        peer.disconnect();
        peer.disconnect();
        Await.until(() -> openDescriptors() == before, "the peer's descriptor closed");
        assertEquals(0, udp.openPeers());
        assertFalse(peer.isOpen());
        assertEquals(1, udp.counters().get(TransportCounter.PEER_SOCKETS_CLOSED));

        sendFrom(alice);
        assertSame(udp, lastReply, "the kernel hands the peer's datagrams to the shared socket again");
        assertTrue(peer.send(new byte[] {7}, 0, 1, alice.getLocalAddress()), "sent through the shared socket");
        assertEquals(udp.localAddress(), receive(alice));
        assertEquals(0, udp.counters().get(TransportCounter.PEER_PACKETS_SENT));
    }

    @Test
    void closingThePortClosesEveryPeerSocket() throws IOException {
        long before = openDescriptors();
        PacketReply first = udp.dedicated(alice.getLocalAddress());
        PacketReply second = udp.dedicated(bob.getLocalAddress());
        assertEquals(before + 2, openDescriptors());
        udp.close();
        assertFalse(first.isOpen());
        assertFalse(second.isOpen());
        assertFalse(udp.isOpen());
        assertEquals(0, udp.openPeers());
        // The shared socket, its selector (an epoll descriptor and a wake-up pipe or eventfd) went too.
        assertTrue(openDescriptors() < before, "descriptors: " + openDescriptors() + ", before " + before);
        assertSame(udp, udp.dedicated(alice.getLocalAddress()), "no new peer socket on a closed port");
    }

    @Test
    void anAddressThatCannotBeConnectedStaysOnTheSharedSocketCounted() {
        assertSame(udp, udp.dedicated(InetSocketAddress.createUnresolved("nowhere.invalid", 9)));
        // The port is bound to an IPv4 address: an IPv6 peer cannot be connected from it.
        assertSame(udp, udp.dedicated(new InetSocketAddress("::1", 9)));
        assertEquals(1, udp.counters().get(TransportCounter.PEER_SOCKET_FALLBACKS));
        assertEquals(0, udp.openPeers());
    }

    /** Sends from {@code client} until a datagram arrives through {@code path} (it is registered asynchronously). */
    private void awaitArrivalThrough(DatagramChannel client, PacketReply path) {
        Await.until(() -> {
            try {
                sendFrom(client);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return lastReply == path;
        }, "a datagram through " + path);
    }

    private void sendFrom(DatagramChannel client) throws IOException {
        long target = received + 1;
        client.send(ByteBuffer.wrap(new byte[] {(byte) 0x80, 1}), udp.localAddress());
        Await.until(() -> received >= target, "datagram received");
    }

    private static SocketAddress receive(DatagramChannel client) throws IOException {
        return client.receive(ByteBuffer.allocate(64));
    }

    private static DatagramChannel client() throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.bind(UdpPortTest.LOOPBACK_ANY_PORT);
        return channel;
    }

    private static long openDescriptors() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count() - 1; // the listing's own descriptor
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

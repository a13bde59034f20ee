package org.parley.media.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.transport.Await;
import org.parley.media.internal.transport.PacketReply;
import org.parley.media.internal.transport.TransportCounter;
import org.parley.media.internal.transport.UdpPeer;
import org.parley.media.internal.transport.UdpPort;

/**
 * The sink over a real UDP port: a browser's answered check gives its leg a connected socket of its own, its next
 * checks arrive and are answered through it, a browser that moves to another address (NAT rebinding, ICE restart)
 * gets a new one and the old closes, and the leg's end closes it — one socket per bound leg, never leaked.
 */
class DedicatedPathTest {
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final TestSfu sfu = new TestSfu();
    private UdpPort udp;

    @AfterEach
    void close() {
        if (udp != null) {
            udp.close();
        }
        sfu.close();
    }

    @Test
    void aBoundLegGetsItsOwnSocketUntilItMovesOrEnds() throws Exception {
        TestPeer browser = sfu.join(1, false);
        sfu.settle(browser);
        udp = UdpPort.open(LOOPBACK, 1 << 20, 4, sfu.sink);
        try (DatagramChannel first = client(); DatagramChannel moved = client()) {
            check(browser, first);
            UdpPeer own = awaitPathTo(browser, first);
            assertEquals(1, udp.openPeers());

            // The I/O thread registers the new socket after the turn that bound it; a check sent before that is
            // drained from the socket's early queue as the shared socket's, so checks go on until one comes through.
            long throughPeer = udp.counters().get(TransportCounter.PEER_PACKETS_RECEIVED);
            for (int sent = 0; sent < 50 && udp.counters().get(TransportCounter.PEER_PACKETS_RECEIVED) == throughPeer;
                    sent++) {
                check(browser, first);
            }
            Await.until(() -> udp.counters().get(TransportCounter.PEER_PACKETS_RECEIVED) > throughPeer,
                    "the next check through the leg's socket");
            assertSame(own, path(browser), "the same socket: nothing rebound");

            check(browser, moved);
            UdpPeer next = awaitPathTo(browser, moved);
            assertFalse(own.isOpen(), "the old address's socket is closed");
            assertEquals(1, udp.openPeers());

            browser.leg().close();
            Await.until(() -> udp.openPeers() == 0, "the socket closed with the leg");
            assertFalse(next.isOpen());
        }
    }

    /** Sends a nominating check from {@code from} and waits for the SFU's answer. */
    private void check(TestPeer browser, DatagramChannel from) throws IOException {
        from.send(ByteBuffer.wrap(browser.check(true)), udp.localAddress());
        assertNotNull(from.receive(ByteBuffer.allocate(1_500)), "answered");
    }

    private static UdpPeer awaitPathTo(TestPeer browser, DatagramChannel client) throws IOException {
        InetSocketAddress address = (InetSocketAddress) client.getLocalAddress();
        Await.until(() -> path(browser) instanceof UdpPeer peer && peer.remote().equals(address),
                "the leg bound to its own socket for " + address);
        return assertInstanceOf(UdpPeer.class, path(browser));
    }

    private static PacketReply path(TestPeer browser) {
        return browser.leg().transport() instanceof PathTransport bound ? bound.path() : null;
    }

    private static DatagramChannel client() throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.bind(LOOPBACK);
        return channel;
    }
}

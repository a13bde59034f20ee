package org.parley.media.internal.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.transport.PacketReply;
import org.parley.media.internal.transport.TransportKind;

/** Lookups by ufrag bytes and by 5-tuple, removal at once, bindings, expiry on a test clock, no allocation. */
class EndpointDirectoryTest {
    private final EndpointDirectory<String> directory = new EndpointDirectory<>();
    private final PacketReply udp = new FakePath(TransportKind.UDP);
    private final PacketReply tcp = new FakePath(TransportKind.TCP);

    /** A path that is only an identity, as the directory uses it. */
    record FakePath(TransportKind kind) implements PacketReply {
        @Override
        public boolean send(byte[] array, int offset, int length, SocketAddress destination) {
            return false;
        }

        @Override
        public void confirm() {
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The ufrag as it sits in a USERNAME attribute inside a datagram: {@code ufrag:remote} after other bytes. */
    static byte[] username(String ufrag) {
        return ("xxxxxxx" + ufrag + ":OwJ6").getBytes(StandardCharsets.US_ASCII);
    }

    private DirectoryEntry<String> find(String ufrag) {
        return directory.findByUfrag(username(ufrag), 7, ufrag.length());
    }

    @Test
    void findsByUfragBytesInsideADatagram() {
        DirectoryEntry<String> alice = directory.register("aliceUfrag", "alice", 0);
        directory.register("bob1", "bob", 0);
        assertSame(alice, find("aliceUfrag"));
        assertEquals("bob", find("bob1").endpoint());
        assertNull(find("aliceUfra"), "a prefix is not the ufrag");
        assertNull(find("aliceUfragX"));
        assertNull(find("carol"));
        assertNull(directory.findByUfrag(new byte[0], 0, 0));
        assertEquals(2, directory.size());
    }

    @Test
    void aThousandEndpointsAreAllFoundAndARemovedOneIsNotFoundAtOnce() {
        for (int i = 0; i < 1_000; i++) {
            directory.register("ufrag" + i, "endpoint" + i, 0);
        }
        for (int i = 0; i < 1_000; i++) {
            assertEquals("endpoint" + i, find("ufrag" + i).endpoint());
        }
        DirectoryEntry<String> removed = directory.remove("ufrag500");
        assertTrue(removed.isRemoved());
        assertNull(find("ufrag500"));
        assertNull(directory.remove("ufrag500"));
        assertEquals("endpoint501", find("ufrag501").endpoint());
        assertEquals(999, directory.size());
    }

    @Test
    void aUfragIsRegisteredOnce() {
        directory.register("same1", "a", 0);
        assertThrows(IllegalStateException.class, () -> directory.register("same1", "b", 0));
        assertEquals("a", find("same1").endpoint());
    }

    @Test
    void aBoundSourceIsFoundByAnEqualCopyOnTheSamePathOnly() {
        DirectoryEntry<String> alice = directory.register("aliceUfrag", "alice", 0);
        InetSocketAddress bound = new InetSocketAddress("192.0.2.10", 50_000);
        directory.bind(udp, bound, alice);
        InetSocketAddress copy = new InetSocketAddress("192.0.2.10", 50_000);
        assertNotSame(bound, copy);
        assertSame(alice, directory.findBySource(udp, bound));
        assertSame(alice, directory.findBySource(udp, copy));
        assertNull(directory.findBySource(tcp, copy), "TCP from an equal address is another 5-tuple");
        assertNull(directory.findBySource(udp, new InetSocketAddress("192.0.2.10", 50_001)));
        assertNull(directory.findBySource(udp, new InetSocketAddress("2001:db8::10", 50_000)));
        directory.bind(udp, copy, alice);
        assertEquals(1, directory.bindings(), "binding again is a no-op");
    }

    @Test
    void aFiveTupleBoundAnewMovesToTheNewEndpoint() {
        DirectoryEntry<String> alice = directory.register("aliceUfrag", "alice", 0);
        DirectoryEntry<String> bob = directory.register("bobUfrag", "bob", 0);
        InetSocketAddress nat = new InetSocketAddress("198.51.100.7", 40_000);
        directory.bind(udp, nat, alice);
        directory.bind(udp, nat, bob);
        assertSame(bob, directory.findBySource(udp, nat));
        assertEquals(List.of(), alice.paths());
        assertEquals(List.of(udp), bob.paths());
        assertEquals(1, directory.bindings());
    }

    @Test
    void anEndpointKeepsItsNewestBindings() {
        DirectoryEntry<String> alice = directory.register("aliceUfrag", "alice", 0);
        for (int port = 1; port <= EndpointDirectory.MAX_BINDINGS_PER_ENDPOINT + 2; port++) {
            directory.bind(udp, new InetSocketAddress("192.0.2.10", port), alice);
        }
        assertEquals(EndpointDirectory.MAX_BINDINGS_PER_ENDPOINT, directory.bindings());
        assertNull(directory.findBySource(udp, new InetSocketAddress("192.0.2.10", 1)));
        assertNull(directory.findBySource(udp, new InetSocketAddress("192.0.2.10", 2)));
        assertSame(alice, directory.findBySource(udp, new InetSocketAddress("192.0.2.10", 3)));
    }

    @Test
    void removalAndAClosedPathDropBindings() {
        DirectoryEntry<String> alice = directory.register("aliceUfrag", "alice", 0);
        InetSocketAddress address = new InetSocketAddress("192.0.2.10", 50_000);
        directory.bind(udp, address, alice);
        directory.bind(tcp, address, alice);
        directory.unbindPath(tcp);
        assertNull(directory.findBySource(tcp, address));
        assertSame(alice, directory.findBySource(udp, address));
        assertEquals(List.of(udp), alice.paths());
        directory.remove("aliceUfrag");
        assertNull(directory.findBySource(udp, address));
        assertEquals(0, directory.bindings());
        directory.bind(udp, address, alice);
        assertNull(directory.findBySource(udp, address), "a removed endpoint is never bound again");
    }

    @Test
    void expiryRemovesWhatWasNotAliveForTheTimeout() {
        DirectoryEntry<String> quiet = directory.register("quietUfrag", "quiet", 1_000);
        DirectoryEntry<String> talking = directory.register("talkingUfrag", "talking", 1_000);
        DirectoryEntry<String> late = directory.register("lateUfrag", "late", 20_000);
        directory.bind(udp, new InetSocketAddress("192.0.2.1", 1), quiet);
        talking.alive(25_000);
        talking.alive(24_000);
        assertEquals(25_000, talking.lastAliveMillis(), "time never goes back");
        assertEquals(List.of(), directory.expire(30_999, 30_000));
        assertEquals(List.of(quiet), directory.expire(31_000, 30_000));
        assertTrue(quiet.isRemoved());
        assertNull(find("quietUfrag"));
        assertEquals(0, directory.bindings());
        assertEquals(List.of(late), directory.expire(50_000, 30_000));
        assertEquals(List.of(talking), directory.expire(55_000, 30_000));
        assertEquals(0, directory.size());
    }

    @Test
    void credentialsRememberTheEntryFound() {
        IceEndpoint ice = new IceEndpoint("aliceUfrag", IceLiteResponderTest.LOCAL_PASSWORD, null);
        EndpointDirectory<IceEndpoint> ices = new EndpointDirectory<>();
        DirectoryEntry<IceEndpoint> entry = ices.register("aliceUfrag", ice, 0);
        DirectoryCredentials<IceEndpoint> credentials = ices.credentials(endpoint -> endpoint);
        assertSame(ice, credentials.find(username("aliceUfrag"), 7, 10));
        assertSame(entry, credentials.lastFound());
        assertNull(credentials.find(username("bobUfrag"), 7, 8));
        assertNull(credentials.lastFound());
    }

    @Test
    void lookupsAllocateNothing() {
        for (int i = 0; i < 200; i++) {
            DirectoryEntry<String> entry = directory.register("ufrag" + i, "endpoint" + i, 0);
            directory.bind(udp, new InetSocketAddress("192.0.2.1", 1_000 + i), entry);
        }
        byte[] present = username("ufrag77");
        byte[] absent = username("nobody");
        InetSocketAddress bound = new InetSocketAddress("192.0.2.1", 1_077);
        InetSocketAddress unknown = new InetSocketAddress("192.0.2.1", 9);
        int lookups = 100_000;
        lookup(present, absent, bound, unknown, lookups);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        int found = lookup(present, absent, bound, unknown, lookups);
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertEquals(4 * lookups, found);
        assertTrue(allocated < lookups, allocated + " bytes for " + 4 * lookups + " lookups");
    }

    private int lookup(byte[] present, byte[] absent, SocketAddress bound, SocketAddress unknown, int times) {
        int found = 0;
        for (int i = 0; i < times; i++) {
            found += directory.findByUfrag(present, 7, 7) != null ? 1 : 0;
            found += directory.findByUfrag(absent, 7, 6) == null ? 1 : 0;
            found += directory.findBySource(udp, bound) != null ? 1 : 0;
            found += directory.findBySource(udp, unknown) == null ? 1 : 0;
        }
        return found;
    }

    @Test
    void readersRacingWritersNeverFailAndRemovalHoldsOnceItReturns() throws InterruptedException {
        directory.register("steadyUfrag", "steady", 0);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        byte[] steady = username("steadyUfrag");
        Thread reader = new Thread(() -> {
            try {
                while (!stop.get()) {
                    if (directory.findByUfrag(steady, 7, 11) == null) {
                        throw new AssertionError("a registered endpoint was not found");
                    }
                    directory.findByUfrag(username("churn7"), 7, 6);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        for (int round = 0; round < 2_000; round++) {
            String ufrag = "churn" + (round % 10);
            DirectoryEntry<String> entry = directory.register(ufrag, ufrag, round);
            directory.bind(udp, new InetSocketAddress("192.0.2.2", round), entry);
            directory.remove(ufrag);
            assertNull(find(ufrag), "found after remove returned");
        }
        stop.set(true);
        reader.join();
        assertNull(failure.get());
        assertEquals(1, directory.size());
        assertEquals(0, directory.bindings());
    }
}

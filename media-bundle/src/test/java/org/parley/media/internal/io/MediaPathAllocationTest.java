package org.parley.media.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.forwarding.Conference;

/**
 * Issue 7's allocation figure for the whole packet path as the UDP thread runs it: the sink classifies the datagram,
 * finds the leg by 5-tuple, takes the conference's lock, decrypts (AES-GCM), parses, records transport-cc, observes
 * the audio level, passes the gate, routes to two receivers, and for each rewrites, stamps its own transport-wide
 * number, encrypts, stores for NACK and hands the packet to the transport — 100,000 packets (Opus and 1,000-byte
 * VP8 in turn, the conference's timer every 100 packets: transport-cc feedback and reports), measured after a
 * warm-up with {@code ThreadMXBean.getThreadAllocatedBytes}: less than one byte per packet.
 */
class MediaPathAllocationTest {
    private static final int WARM_UP = 30_000;
    private static final int PACKETS = 100_000;
    private static final int TICK_EVERY = 100;

    private final TestSfu sfu = new TestSfu();

    @AfterEach
    void close() {
        sfu.close();
    }

    @Test
    void receiveRouteSendAllocatesLessThanAByteAPacket() throws Exception {
        TestPeer[] call = sfu.call(3, false, Track.AUDIO, Track.VIDEO);
        TestPeer alice = call[0];
        Conference conference = alice.leg().conference();

        send(alice, conference, 0, WARM_UP);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        long started = System.nanoTime();
        send(alice, conference, WARM_UP, PACKETS);
        long nanos = System.nanoTime() - started;
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertEquals(0, sfu.counters.drops(SinkDrop.FAILED));
        assertTrue(call[1].reply().count() >= WARM_UP + PACKETS, "every packet reached bob");
        assertTrue(call[2].reply().count() >= WARM_UP + PACKETS, "every packet reached carol");
        System.out.printf("Receive-route-send through the sink, to 2 receivers: %.3f bytes and %.1f µs per packet%n",
                (double) allocated / PACKETS, nanos / 1e3 / PACKETS);
        assertTrue(allocated < PACKETS, "allocated " + allocated + " bytes for " + PACKETS + " packets");
    }

    private void send(TestPeer alice, Conference conference, int first, int count) {
        for (int i = first; i < first + count; i++) {
            boolean audio = (i & 1) == 0;
            int length = alice.rtp(audio ? Track.AUDIO : Track.VIDEO, i >> 1, audio ? 100 : 1000);
            sfu.receive(alice, alice.buffer(), length);
            if (i % TICK_EVERY == 0) {
                tick(conference);
            }
        }
    }

    private static void tick(Conference conference) {
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            conference.tick(System.nanoTime(), System.currentTimeMillis());
        } finally {
            lock.unlock();
        }
    }
}

package org.parley.media.internal.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.pipeline.PacketContext;

/**
 * The routing step of the packet path — take the conference lock, find the track, copy it for every receiver, run
 * its send pipeline, hand it to the transport — allocates less than a byte per packet (issue 7's figure, for the
 * part this package owns; the pipelines' nodes have their own allocation tests).
 */
class RouterAllocationTest {
    private static final int PACKETS = 100_000;

    @Test
    void routingToTwoReceiversAllocatesNothingPerPacket() throws Exception {
        Meeting meeting = new Meeting();
        Participant a = meeting.join(1);
        Participant b = meeting.join(2);
        Participant c = meeting.join(3);
        meeting.settle(a, b, c);
        FakeTransport toB = new FakeTransport("udp", false);
        FakeTransport toC = new FakeTransport("udp", false);
        b.leg.bind(toB);
        c.leg.bind(toC);
        a.leg.forward(Track.AUDIO, true);
        a.leg.forward(Track.VIDEO, true);
        PacketContext[] packets = {
            RtpPackets.packet(new PacketContext(), (int) a.browser.ssrc(Track.AUDIO), 1, 120),
            RtpPackets.packet(new PacketContext(), (int) a.browser.ssrc(Track.VIDEO), 1, 1100)};
        Conference conference = meeting.conference();

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        long reached = route(conference, a.leg, packets, PACKETS);
        long before = threads.getThreadAllocatedBytes(threadId);
        reached += route(conference, a.leg, packets, PACKETS);
        long allocated = threads.getThreadAllocatedBytes(threadId) - before;

        assertEquals(4L * PACKETS, reached);
        assertEquals(2L * PACKETS, toB.count());
        assertTrue(allocated < PACKETS, "allocated " + allocated + " bytes for " + PACKETS + " packets");
        System.out.printf("Router: %.3f bytes allocated per packet routed to 2 receivers%n",
                (double) allocated / PACKETS);
    }

    private static long route(Conference conference, Leg sender, PacketContext[] packets, int count) {
        ReentrantLock lock = conference.lock();
        long reached = 0;
        for (int i = 0; i < count; i++) {
            lock.lock();
            try {
                reached += conference.router().route(sender, packets[i & 1]);
            } finally {
                lock.unlock();
            }
        }
        return reached;
    }
}

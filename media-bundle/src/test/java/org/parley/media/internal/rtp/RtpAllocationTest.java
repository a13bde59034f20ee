package org.parley.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The RTP hot path (parse, extension lookup, stream-switch rewrite) allocates less than a byte per packet. */
class RtpAllocationTest {

    private static final int PACKETS = 100_000;

    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();
    private final byte[][] packets = {HostileInput.hex(ChromePackets.OPUS), HostileInput.hex(ChromePackets.VP8)};

    @Test
    void parseLookupAndRewriteAllocateNothingPerPacket() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        long checksum = run(PACKETS);
        long before = threads.getThreadAllocatedBytes(threadId);
        checksum += run(PACKETS);
        long allocated = threads.getThreadAllocatedBytes(threadId) - before;
        assertTrue(checksum != 0);
        assertTrue(allocated < PACKETS, "allocated " + allocated + " bytes for " + PACKETS + " packets");
    }

    private long run(int count) {
        long checksum = 0;
        for (int index = 0; index < count; index++) {
            byte[] packet = packets[index & 1];
            assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
            checksum += header.ssrc() + header.sequenceNumber() + header.timestamp() + header.payloadLength();
            checksum += RtpRewriter.transportSequenceNumber(header, elements, 3);
            checksum += AudioLevel.level(header, elements, 1);
            RtpRewriter.setSsrc(header, 0x1234 + index);
            RtpRewriter.setSequenceNumber(header, index);
            RtpRewriter.setTimestamp(header, index * 960L);
            RtpRewriter.setTransportSequenceNumber(header, elements, 3, index);
        }
        return checksum;
    }
}

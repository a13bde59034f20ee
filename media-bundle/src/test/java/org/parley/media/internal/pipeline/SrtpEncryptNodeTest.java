package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtcp.PictureLossIndication;
import org.parley.media.internal.srtp.SrtcpContext;
import org.parley.media.internal.srtp.SrtpContext;
import org.parley.media.internal.srtp.SrtpPackets;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.srtp.SrtpRefusal;
import org.parley.media.internal.srtp.SrtpSession;
import org.parley.media.internal.transport.BufferPool;

class SrtpEncryptNodeTest {
    private static final int LOCAL_SSRC = 0x10C41;
    private static final int SLOT_SSRC = 0x5107;

    private final OutgoingStreams streams = new OutgoingStreams(LOCAL_SSRC, new BufferPool(1));
    private final SrtpEncryptNode node = new SrtpEncryptNode(streams);
    private final SrtpSession[] sessions = SrtpPackets.pair(SrtpProfile.AES_CM_128_HMAC_SHA1_80, 3);
    private final PacketContext context = new PacketContext();

    @Test
    void protectsRtpWithTheStreamsContextAndGrowsTheView() {
        OutgoingStream stream = streams.open(SLOT_SSRC, 90_000, false);
        streams.keys(sessions[0]);
        byte[] packet = SendPackets.packet(SendPackets.VP8, 5, 0, SLOT_SSRC, 100);
        byte[] plain = Arrays.copyOf(packet, 124);
        assertTrue(node.run(SendPackets.forward(context, packet, 124, stream.index(), 0)));
        assertEquals(124 + 10, context.packet.length());
        SrtpContext browser = sessions[1].rtpContext(SLOT_SSRC);
        assertEquals(SrtpRefusal.NONE, browser.unprotect(packet, 0, 134));
        assertEquals(Arrays.toString(plain), Arrays.toString(Arrays.copyOf(packet, 124)));
    }

    @Test
    void protectsRtcpUnderItsSenderSsrc() {
        OutgoingStream stream = streams.open(SLOT_SSRC, 90_000, false);
        streams.keys(sessions[0]);
        for (int sender : new int[] {LOCAL_SSRC, SLOT_SSRC}) {
            byte[] pli = new byte[BufferPool.BUFFER_BYTES];
            int length = PictureLossIndication.write(pli, 0, sender, 0x50C3);
            context.reset();
            context.packet.wrap(pli, 0, length, null);
            context.rtcp = true;
            assertTrue(node.run(context));
            SrtcpContext browser = sessions[1].rtcpContext(sender);
            assertEquals(SrtpRefusal.NONE, browser.unprotect(pli, 0, context.packet.length()));
        }
        assertEquals(SLOT_SSRC, stream.ssrc());
    }

    @Test
    void dropsWithoutKeysRoomOrAKnownSender() {
        OutgoingStream stream = streams.open(SLOT_SSRC, 90_000, false);
        byte[] packet = SendPackets.packet(SendPackets.VP8, 5, 0, SLOT_SSRC, 100);
        assertFalse(node.run(SendPackets.forward(context, packet, 124, stream.index(), 0)));
        assertEquals(1, node.noKeys());
        streams.keys(sessions[0]);
        assertFalse(node.run(SendPackets.forward(context, packet, BufferPool.BUFFER_BYTES - 9, stream.index(), 0)));
        assertEquals(1, node.noRoom());
        assertTrue(node.run(SendPackets.forward(context, packet, BufferPool.BUFFER_BYTES - 10, stream.index(), 0)),
                "exactly the tag's room is enough");
        byte[] again = SendPackets.packet(SendPackets.VP8, 5, 0, SLOT_SSRC, 100);
        assertFalse(node.run(SendPackets.forward(context, again, 124, stream.index(), 0)));
        assertEquals(1, node.refused(), "the same index twice: refused, never re-encrypted");
        assertEquals(1, stream.srtp().refused(SrtpRefusal.REPLAYED));
        byte[] pli = new byte[BufferPool.BUFFER_BYTES];
        context.reset();
        context.packet.wrap(pli, 0, PictureLossIndication.write(pli, 0, 0x666, 0x50C3), null);
        context.rtcp = true;
        assertFalse(node.run(context), "RTCP from an SSRC that is not ours on this leg");
        assertEquals(2, node.noKeys());
    }
}

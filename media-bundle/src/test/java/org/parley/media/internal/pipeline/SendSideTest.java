package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtcp.GenericNack;
import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.rtp.RtpRefusal;
import org.parley.media.internal.rtp.RtpRewriter;
import org.parley.media.internal.srtp.SrtpContext;
import org.parley.media.internal.srtp.SrtpPackets;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.srtp.SrtpRefusal;
import org.parley.media.internal.srtp.SrtpSession;
import org.parley.media.internal.transport.BufferPool;

/**
 * A sender's packets through one receiver's send side, checked by a browser-like receiver that decrypts what went
 * on the wire: rewritten, numbered per leg, encrypted, and repaired on NACK with the very bytes that were sent.
 */
class SendSideTest {
    private static final int LOCAL_SSRC = 0x10C41;
    private static final int SLOT_SSRC = 0x5107;
    private static final int SOURCE_SSRC = 0x50C3;
    private static final long MILLI = 1_000_000L;

    private final BufferPool pool = new BufferPool(32);
    private final ExtensionIds ids = new ExtensionIds();
    private final List<byte[]> wire = new ArrayList<>();
    private final SendSide side = new SendSide(LOCAL_SSRC, pool, ids, new RoundTripEstimator(),
            (blocks, now) -> 0, (array, offset, length) -> wire.add(Arrays.copyOfRange(array, offset,
                    offset + length)));
    private final SrtpSession[] sessions = SrtpPackets.pair(SrtpProfile.AEAD_AES_128_GCM, 7);
    private final SrtpContext browser = sessions[1].rtpContext(SLOT_SSRC);
    private final PacketContext context = new PacketContext();
    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();
    private OutgoingStream stream;

    @BeforeEach
    void openTheSlot() {
        ids.set(SendPackets.TRANSPORT_CC_ID, SendPackets.AUDIO_LEVEL_ID, SendPackets.MID_ID);
        stream = side.streams().open(SLOT_SSRC, 90_000, true);
        stream.bind(SOURCE_SSRC, new HeaderTranslation().payloadType(SendPackets.VP8, SendPackets.VP8)
                .extension(SendPackets.TRANSPORT_CC_ID, SendPackets.TRANSPORT_CC_ID), null);
    }

    @Test
    void dropsEverythingUntilTheLegIsKeyed() {
        byte[] packet = SendPackets.packet(SendPackets.VP8, 1, 0, SOURCE_SSRC, 20);
        assertFalse(side.pipeline().run(SendPackets.forward(context, packet, 44, stream.index(), 0)));
        assertEquals(1, ((SrtpEncryptNode) side.pipeline().nodes().get(2)).noKeys());
        assertEquals(0, stream.retransmissions().held());
    }

    @Test
    void sendsRewrittenPacketsNumberedForThisLegAndEncrypted() {
        side.streams().keys(sessions[0]);
        for (int i = 0; i < 5; i++) {
            byte[] encrypted = forward(900 + i, 100 + i);
            assertEquals(SrtpRefusal.NONE, browser.unprotect(encrypted, 0, encrypted.length));
            assertEquals(RtpRefusal.NONE, header.wrap(encrypted, 0, browser.length()));
            assertEquals(SLOT_SSRC, header.ssrc());
            assertEquals(900 + i, header.sequenceNumber());
            assertEquals(i, RtpRewriter.transportSequenceNumber(header, elements, SendPackets.TRANSPORT_CC_ID),
                    "the leg's own numbers from 0, never the sender's 0x7777");
            assertEquals(44 + SrtpProfile.AEAD_AES_128_GCM.tagBytes(), encrypted.length);
            assertEquals((byte) (0 * 7 + 900 + i), encrypted[SendPackets.HEADER_LENGTH], "payload decrypted");
        }
        assertTrue(side.sentPackets().contains(4));
        assertEquals(44, side.sentPackets().size(4));
        assertEquals(104 * MILLI, side.sentPackets().sendNanos(4));
        assertEquals(5, stream.retransmissions().held());
    }

    @Test
    void answersANackWithTheBytesThatWentOnTheWire() {
        side.streams().keys(sessions[0]);
        byte[] lost = null;
        for (int i = 0; i < 5; i++) {
            byte[] encrypted = forward(900 + i, i);
            if (i == 2) {
                lost = encrypted;
            } else {
                assertEquals(SrtpRefusal.NONE, browser.unprotect(encrypted, 0, encrypted.length));
            }
        }
        byte[] nack = new byte[BufferPool.BUFFER_BYTES];
        int length = GenericNack.write(nack, 0, 0xB0B, SLOT_SSRC, new int[] {902, 950}, 2);
        context.reset();
        context.packet.wrap(nack, 0, length, null);
        context.rtcp = true;
        context.arrivalNanos = 20 * MILLI;
        for (Node node : side.feedbackNodes()) {
            assertTrue(node.run(context), "feedback passes on");
        }
        assertEquals(1, wire.size());
        assertArrayEquals(lost, wire.get(0));
        assertEquals(SrtpRefusal.NONE, browser.unprotect(wire.get(0), 0, wire.get(0).length));
        assertEquals(1, stream.retransmissions().resent());
        assertEquals(1, stream.retransmissions().missing(), "950 was never sent");
    }

    @Test
    void closingTheLegGivesTheBuffersBack() {
        side.streams().keys(sessions[0]);
        for (int i = 0; i < 5; i++) {
            forward(i, i);
        }
        assertEquals(32 - 5, pool.idle());
        side.streams().closeAll();
        assertEquals(32, pool.idle());
        assertEquals(null, side.streams().get(stream.index()));
    }

    /** Forwards the source's packet {@code sequence} at {@code millis}; returns the bytes that went out. */
    private byte[] forward(int sequence, long millis) {
        byte[] packet = SendPackets.packet(SendPackets.VP8, sequence, sequence * 3_000L, SOURCE_SSRC, 20);
        assertTrue(side.pipeline().run(SendPackets.forward(context, packet, 44, stream.index(), millis * MILLI)));
        return Arrays.copyOfRange(packet, context.packet.offset(), context.packet.offset() + context.packet.length());
    }
}

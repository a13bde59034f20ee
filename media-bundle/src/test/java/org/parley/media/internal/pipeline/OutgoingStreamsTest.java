package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.srtp.SrtpContext;
import org.parley.media.internal.srtp.SrtpPackets;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.transport.BufferPool;

class OutgoingStreamsTest {
    private static final int LOCAL_SSRC = 0x10C41;

    private final OutgoingStreams streams = new OutgoingStreams(LOCAL_SSRC, new BufferPool(1));

    @Test
    void indexesAreReusedAndSsrcsFound() {
        OutgoingStream[] opened = new OutgoingStream[6];
        for (int i = 0; i < opened.length; i++) {
            opened[i] = streams.open(100 + i, 90_000, i % 2 == 0);
            assertEquals(i, opened[i].index());
        }
        assertSame(opened[4], streams.bySsrc(104));
        assertNotNull(opened[4].retransmissions());
        assertNull(opened[5].retransmissions(), "no NACK negotiated, no buffer");
        streams.close(2);
        assertNull(streams.get(2));
        assertNull(streams.bySsrc(102));
        assertEquals(2, streams.open(200, 48_000, false).index());
        assertNull(streams.get(-1));
        assertNull(streams.get(streams.indexLimit()));
    }

    @Test
    void aReopenedSsrcResumesItsNumberingAndKeystreamPosition() {
        streams.keys(SrtpPackets.pair(SrtpProfile.AEAD_AES_128_GCM, 1)[0]);
        OutgoingStream stream = streams.open(7, 90_000, true);
        assertThrows(IllegalArgumentException.class, () -> streams.open(7, 90_000, false), "open already");
        assertThrows(IllegalArgumentException.class, () -> streams.open(LOCAL_SSRC, 90_000, false), "RTCP's");
        stream.bind(0x50C3, new HeaderTranslation().payloadType(SendPackets.VP8, SendPackets.VP8), null);
        SrtpEncryptNode encrypt = new SrtpEncryptNode(streams);
        PacketContext context = new PacketContext();
        assertTrue(send(stream, encrypt, context, 100));
        SrtpContext used = stream.srtp();
        streams.close(stream.index());
        assertThrows(IllegalArgumentException.class, () -> streams.open(7, 48_000, false), "another clock");
        OutgoingStream again = streams.open(7, 90_000, true);
        assertSame(used, again.srtp(), "the same context: an index it protected is never protected again");
        assertTrue(send(again, encrypt, context, 5_000));
        assertEquals(101, context.sequenceNumber, "numbering continues after the pause");

        streams.close(again.index());
        streams.keys(SrtpPackets.pair(SrtpProfile.AEAD_AES_128_GCM, 2)[0]);
        assertNotSame(used, streams.open(7, 90_000, false).srtp(), "new keys, new keystream");
    }

    private static boolean send(OutgoingStream stream, SrtpEncryptNode encrypt, PacketContext context, int seq) {
        byte[] packet = SendPackets.packet(SendPackets.VP8, seq, 0, 0x50C3, 10);
        RtpHeader header = new RtpHeader();
        header.wrap(packet, 0, 34);
        SendPackets.forward(context, packet, 34, stream.index(), 0);
        return stream.rewriter().rewrite(header, new HeaderExtensions(), context, 0) && encrypt.run(context);
    }

    @Test
    void rtcpContextsByTheirSenderSsrc() {
        OutgoingStream stream = streams.open(7, 90_000, false);
        assertNull(streams.rtcpContext(LOCAL_SSRC), "not keyed yet");
        assertNull(stream.srtp());
        streams.keys(SrtpPackets.pair(SrtpProfile.AES_CM_128_HMAC_SHA1_80, 1)[0]);
        assertEquals(LOCAL_SSRC, streams.rtcpContext(LOCAL_SSRC).ssrc());
        assertSame(stream.srtcp(), streams.rtcpContext(7));
        assertNull(streams.rtcpContext(8));
        assertEquals(10, streams.srtpOverhead());
        assertEquals(14, streams.srtcpOverhead());
    }
}

package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.parley.media.internal.rtp.BigEndian;
import org.parley.media.internal.srtp.SrtcpContext;
import org.parley.media.internal.srtp.SrtpContext;
import org.parley.media.internal.srtp.SrtpRefusal;
import org.parley.media.internal.srtp.SrtpSession;

/** The browser side of the receive tests: protects what it sends with its write keys, one context per SSRC. */
final class Browser {
    private final SrtpSession session;
    private final Map<Integer, SrtpContext> rtp = new HashMap<>();
    private final Map<Integer, SrtcpContext> rtcp = new HashMap<>();

    Browser(SrtpSession session) {
        this.session = session;
    }

    /** Protects the RTP packet at the start of {@code array} in place; returns the SRTP length. */
    int protectRtp(byte[] array, int length) {
        SrtpContext context = rtp.computeIfAbsent(BigEndian.int32(array, 8), session::rtpContext);
        assertEquals(SrtpRefusal.NONE, context.protect(array, 0, length));
        return context.length();
    }

    /** Protects the compound RTCP packet at the start of {@code array} in place; returns the SRTCP length. */
    int protectRtcp(byte[] array, int length) {
        SrtcpContext context = rtcp.computeIfAbsent(BigEndian.int32(array, 4), session::rtcpContext);
        assertEquals(SrtpRefusal.NONE, context.protect(array, 0, length));
        return context.length();
    }

    /** Builds and protects {@code packet}; the SRTP packet is at the start of the returned buffer. */
    Sent send(TestPackets.Rtp packet) {
        byte[] array = packet.build();
        return new Sent(array, protectRtp(array, packet.length()));
    }

    /** A protected packet: the bytes and the length. */
    record Sent(byte[] array, int length) {
        /** Points {@code context} at a private copy of this packet that arrived at {@code nanos}. */
        PacketContext into(PacketContext context, long nanos) {
            context.reset();
            context.packet.wrap(array.clone(), 0, length, null);
            context.arrivalNanos = nanos;
            return context;
        }
    }
}

package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtcp.FullIntraRequest;
import org.parley.media.internal.rtcp.PictureLossIndication;
import org.parley.media.internal.transport.BufferPool;

/** Receivers' PLI and FIR through {@link KeyframeRequestRelay} to the source's {@link KeyframeRequestThrottle}. */
class KeyframeRequestTest {
    private static final int RECEIVER_LOCAL_SSRC = 0x0A0A0A0A;
    private static final int SENDER_LOCAL_SSRC = 0x0B0B0B0B;
    private static final int SOURCE_SSRC = 0x0C0C0C0C;
    private static final int SLOT_SSRC = 0x0D0D0D0D;
    private static final long MILLI = 1_000_000L;

    private final List<byte[]> toSender = new ArrayList<>();
    private final OutgoingStreams streams = new OutgoingStreams(RECEIVER_LOCAL_SSRC, new BufferPool(1));
    private final KeyframeRequestRelay relay = new KeyframeRequestRelay(streams);
    private final PacketContext context = new PacketContext();

    @Test
    void forwardsOnePliPerIntervalFromTheSfusOwnSsrc() {
        KeyframeRequestThrottle throttle = bound(true);
        assertTrue(relay.run(rtcp(pli(SLOT_SSRC), 0)));
        assertTrue(relay.run(rtcp(pli(SLOT_SSRC), 299)));
        assertTrue(relay.run(rtcp(pli(SLOT_SSRC), 300)));
        assertEquals(2, toSender.size());
        assertArrayEquals(hex("81 ce 00 02  0b 0b 0b 0b  0c 0c 0c 0c"), toSender.get(0),
                "PLI from the sender leg's local SSRC about the source's SSRC, never the receiver's slot");
        assertEquals(2, throttle.plisSent());
        assertEquals(1, throttle.throttled());
        assertEquals(3, relay.requests());
    }

    @Test
    void numbersFirsItselfAndFallsBackToPliWithoutCcmFir() {
        bound(true);
        byte[] receiverFir = new byte[20];
        FullIntraRequest.write(receiverFir, 0, 0x1234, new int[] {SLOT_SSRC}, new int[] {77}, 1);
        relay.run(rtcp(receiverFir, 0));
        relay.run(rtcp(receiverFir, 400));
        assertEquals(2, toSender.size());
        assertArrayEquals(hex("84 ce 00 04  0b 0b 0b 0b  00 00 00 00  0c 0c 0c 0c  00 00 00 00"), toSender.get(0),
                "sequence number 0, not the receiver's 77");
        assertEquals(1, toSender.get(1)[16], "a new request: the next number (RFC 5104 §4.3.1.2)");

        toSender.clear();
        KeyframeRequestThrottle withoutFir = new KeyframeRequestThrottle(SENDER_LOCAL_SSRC, SOURCE_SSRC, false,
                KeyframeRequestThrottle.DEFAULT_MIN_INTERVAL_NANOS, this::capture);
        assertTrue(withoutFir.request(true, 0));
        assertEquals(PictureLossIndication.LENGTH, toSender.get(0).length);
    }

    @Test
    void ignoresRequestsForStreamsWithoutAVideoSource() {
        OutgoingStream audio = streams.open(SLOT_SSRC, 48_000, false);
        audio.bind(SOURCE_SSRC, new HeaderTranslation(), null);
        assertTrue(relay.run(rtcp(pli(SLOT_SSRC), 0)));
        assertTrue(relay.run(rtcp(pli(0x999), 0)));
        assertEquals(2, relay.unknownStream());
        assertTrue(toSender.isEmpty());
    }

    @Test
    void findsThePliInsideACompoundAndIgnoresBrokenOnes() {
        bound(true);
        byte[] compound = hex("81 c9 00 07  0a 0a 0a 0a  00 00 00 00  00 00 00 00  00 00 00 00  00 00 00 00"
                + " 00 00 00 00  00 00 00 00  81 ce 00 02  0a 0a 0a 0a  0d 0d 0d 0d");
        assertTrue(relay.run(rtcp(compound, 0)));
        assertEquals(1, toSender.size());
        byte[] lying = Arrays.copyOf(compound, compound.length);
        lying[3] = 0x40;
        assertTrue(relay.run(rtcp(lying, 1_000)), "not its job to drop: the parse node does");
        assertEquals(1, toSender.size());
    }

    private KeyframeRequestThrottle bound(boolean fir) {
        KeyframeRequestThrottle throttle = new KeyframeRequestThrottle(SENDER_LOCAL_SSRC, SOURCE_SSRC, fir,
                KeyframeRequestThrottle.DEFAULT_MIN_INTERVAL_NANOS, this::capture);
        streams.open(SLOT_SSRC, 90_000, false).bind(SOURCE_SSRC, new HeaderTranslation(), throttle);
        return throttle;
    }

    private void capture(byte[] array, int offset, int length) {
        toSender.add(Arrays.copyOfRange(array, offset, offset + length));
    }

    private static byte[] pli(int mediaSsrc) {
        byte[] packet = new byte[PictureLossIndication.LENGTH];
        PictureLossIndication.write(packet, 0, RECEIVER_LOCAL_SSRC, mediaSsrc);
        return packet;
    }

    private PacketContext rtcp(byte[] packet, long millis) {
        context.reset();
        context.packet.wrap(packet, 0, packet.length, null);
        context.rtcp = true;
        context.arrivalNanos = millis * MILLI;
        return context;
    }
}

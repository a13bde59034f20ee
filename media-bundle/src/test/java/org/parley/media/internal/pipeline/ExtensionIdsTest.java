package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.sdp.Fingerprint;
import org.parley.media.internal.sdp.IceCredentials;
import org.parley.media.internal.sdp.LocalSession;
import org.parley.media.internal.sdp.Negotiation;
import org.parley.media.internal.sdp.SdpRefusal;
import org.parley.media.internal.sdp.ServerTransport;

class ExtensionIdsTest {
    static final LocalSession LOCAL = new LocalSession(1, new ServerTransport(
            new IceCredentials("srvA", "ServerPassword0123456789"),
            new Fingerprint("0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9"
                    + ":0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9"),
            "127.0.0.1", 10000, 4443));

    @Test
    void takesTheIdsTheAnswerAcceptedFromChromesOffer() throws SdpRefusal, IOException {
        Negotiation negotiation = new Negotiation(LOCAL);
        negotiation.answer(StreamTableTest.resource("chrome-offer-audio-video.sdp"));
        ExtensionIds ids = new ExtensionIds();
        ids.learn(negotiation.sections());
        assertEquals(3, ids.transportCc());
        assertEquals(1, ids.audioLevel());
        assertEquals(4, ids.mid());
    }

    @Test
    void anExtensionNotNegotiatedHasNoId() throws SdpRefusal, IOException {
        String offer = StreamTableTest.resource("chrome-offer-audio-video.sdp")
                .replace("a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level\r\n", "");
        Negotiation negotiation = new Negotiation(LOCAL);
        negotiation.answer(offer);
        ExtensionIds ids = new ExtensionIds();
        ids.set(9, 9, 9);
        ids.learn(negotiation.sections());
        assertEquals(ExtensionIds.NONE, ids.audioLevel());
        assertEquals(3, ids.transportCc());
    }
}

package org.parley.media.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.forwarding.Conference;

/**
 * The RTCP the SFU makes for each browser, as the wiring sends it (encrypted, from the leg's own SSRC): a key frame
 * request to a sender when its video gets a receiver with keys, transport-cc feedback to a sender, sender reports
 * to a receiver. Told apart by the SRTCP header, which stays in clear (RFC 3711 §3.4).
 */
class SfuFeedbackTest {
    private static final int SR = 200;
    private static final int RTPFB = 205;
    private static final int PSFB = 206;
    private static final int PLI = 1;
    private static final int TRANSPORT_CC = 15;

    private final TestSfu sfu = new TestSfu();

    @AfterEach
    void close() {
        sfu.close();
    }

    @Test
    void aSenderIsAskedForAKeyFrameWhenItsKeysArriveAfterAReceiverAcceptedItsVideo() throws MediaRefused {
        TestPeer alice = sfu.join(1, true);
        TestPeer bob = sfu.join(2, true);
        sfu.settle(alice, bob);
        sfu.connect(alice);
        sfu.connect(bob);
        alice.reply().clear();

        sfu.key(alice);

        assertEquals(1, count(alice.reply().sent(), PSFB, PLI), "one PLI for alice's camera");
    }

    @Test
    void aSenderGetsTransportCcFeedbackAndAReceiverSenderReports() throws MediaRefused {
        TestPeer[] call = sfu.call(2, true, Track.AUDIO);
        TestPeer alice = call[0];
        TestPeer bob = call[1];
        for (int sequence = 1; sequence <= 10; sequence++) {
            sfu.receive(alice, alice.buffer(), alice.rtp(Track.AUDIO, sequence, 80));
        }

        tick(alice.leg().conference(), System.nanoTime() + 100_000_000L);

        assertTrue(count(alice.reply().sent(), RTPFB, TRANSPORT_CC) >= 1, "transport-cc feedback to alice");
        assertEquals(0, count(bob.reply().sent(), RTPFB, TRANSPORT_CC), "bob sent nothing to give feedback on");
        assertEquals(1, count(bob.reply().sent(), SR, -1), "a report compound for bob with alice's audio's SR");
    }

    /** Packets whose (first) RTCP packet has {@code type} and, unless -1, the count/format field {@code format}. */
    private static long count(List<byte[]> packets, int type, int format) {
        return packets.stream().filter(p -> p.length > 8 && (p[0] & 0xC0) == 0x80 && (p[1] & 0xFF) == type
                && (format < 0 || (p[0] & 0x1F) == format)).count();
    }

    private static void tick(Conference conference, long nanos) {
        ReentrantLock lock = conference.lock();
        lock.lock();
        try {
            conference.tick(nanos, System.currentTimeMillis());
        } finally {
            lock.unlock();
        }
    }
}

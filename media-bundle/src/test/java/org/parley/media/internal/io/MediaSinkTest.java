package org.parley.media.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.ice.CheckOutcome;
import org.parley.media.internal.ice.StunMessage;

/** The I/O side of the SFU fed as the UDP thread feeds it: ICE binding, then SRTP from one browser to the others. */
class MediaSinkTest {
    private final TestSfu sfu = new TestSfu();

    @AfterEach
    void close() {
        sfu.close();
    }

    @Test
    void aNominatingCheckIsAnsweredAndBindsTheLegWhichHearsConnectedOverUdp() throws MediaRefused {
        TestPeer alice = sfu.join(1, true);
        sfu.settle(alice);

        byte[] response = sfu.connect(alice);
        sfu.settle(alice);

        assertNotNull(response, "the check is answered");
        assertEquals(StunMessage.BINDING_SUCCESS_RESPONSE, ByteBuffer.wrap(response).getShort(0) & 0xFFFF);
        assertEquals(1, alice.reply().confirmed(), "an ICE-TCP connection would leave its probation");
        assertEquals(new MediaConnection(MediaConnection.State.CONNECTED, "udp", null),
                alice.listener().lastConnection());
        assertEquals(1, sfu.registry.directory().bindings());
        assertEquals(1, sfu.counters.checks(CheckOutcome.ANSWERED));
    }

    @Test
    void aCheckWithTheWrongPasswordIsRefusedAndBindsNothing() throws MediaRefused {
        TestPeer alice = sfu.join(1, true);
        sfu.settle(alice);

        sfu.receive(alice, alice.check("NotThePasswordOfThisLegAtAll0123", true));
        sfu.settle(alice);

        assertEquals(1, sfu.counters.checks(CheckOutcome.BAD_INTEGRITY));
        assertEquals(1, sfu.counters.drops(SinkDrop.STUN_REFUSED));
        assertEquals(0, sfu.registry.directory().bindings());
        assertEquals(MediaConnection.State.CONNECTING, alice.listener().lastConnection().state());
    }

    @Test
    void srtpFromOneBrowserReachesTheOthersEncryptedForEachAndNeverComesBack() throws MediaRefused {
        TestPeer[] call = sfu.call(3, true, Track.AUDIO);
        TestPeer alice = call[0];

        int length = alice.rtp(Track.AUDIO, 1, 40);
        long sentToBob = call[1].leg().stats().packetsSent();
        sfu.receive(alice, alice.buffer(), length);

        assertEquals(0, alice.reply().count(), "never back to the sender");
        for (TestPeer receiver : Arrays.copyOfRange(call, 1, 3)) {
            assertEquals(1, receiver.reply().count());
            byte[] plain = receiver.unprotect(receiver.reply().sent().get(0));
            assertNotNull(plain, "encrypted with the receiver's own key");
            ByteBuffer rtp = ByteBuffer.wrap(plain);
            assertEquals(receiver.announcedSsrc(alice, "audio"), rtp.getInt(8) & 0xFFFF_FFFFL,
                    "the SSRC the receiver's SDP announced for alice's audio");
            assertEquals(TestPeer.OPUS, rtp.get(1) & 0x7F);
            assertEquals(39, plain[plain.length - 1], "the payload is alice's");
        }
        assertEquals(1, alice.leg().stats().packetsReceived());
        assertEquals(sentToBob + 1, call[1].leg().stats().packetsSent());
    }

    @Test
    void aTrackThatIsNotForwardedReachesNoOneButKeepsTheLegAlive() throws MediaRefused {
        TestPeer[] call = sfu.call(2, true);
        TestPeer alice = call[0];
        sfu.clock.addAndGet(20_000);

        sfu.receive(alice, alice.buffer(), alice.rtp(Track.VIDEO, 1, 500));

        assertEquals(0, call[1].reply().count(), "tracks start not forwarded: a host's mute holds");
        assertEquals(1, alice.leg().stats().packetsReceived(), "authenticated, so counted");
        assertEquals(1, sfu.registry.expire(sfu.clock.get() + 15_000, 30_000),
                "valid SRTP 20 s in counts as consent: only the silent one goes");
        sfu.settle(call);
        MediaConnection bob = call[1].listener().lastConnection();
        assertEquals(MediaConnection.State.FAILED, bob.state());
        assertEquals("no media and no ICE consent from the browser for 30 s", bob.cause());
        assertEquals(MediaConnection.State.CONNECTED, alice.listener().lastConnection().state());
        assertEquals(1, sfu.registry.expire(sfu.clock.get() + 30_001, 30_000));
    }

    @Test
    void dtlsAndSrtpFromAnUnboundAddressAreDroppedAndCounted() throws MediaRefused {
        TestPeer[] call = sfu.call(2, true);
        TestPeer stranger = TestSfu.stranger(call[0]);
        byte[] dtls = {22, (byte) 0xFE, (byte) 0xFD, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        byte[] rtp = Arrays.copyOf(new byte[] {(byte) 0x80, 111}, 60);

        sfu.receive(stranger, dtls);
        sfu.receive(stranger, rtp);

        assertEquals(2, sfu.counters.drops(SinkDrop.UNKNOWN_SOURCE));
        assertEquals(0, stranger.reply().count());
        assertEquals(0, call[1].reply().count());
    }

    @Test
    void aClosedLegsChecksAreNoLongerAnsweredAndItsMediaIsDropped() throws MediaRefused {
        TestPeer[] call = sfu.call(2, true, Track.AUDIO);
        TestPeer alice = call[0];
        int length = alice.rtp(Track.AUDIO, 1, 40);

        alice.leg().close();
        sfu.receive(alice, alice.check(false));
        sfu.receive(alice, alice.buffer(), length);

        assertEquals(0, alice.reply().count());
        assertEquals(0, call[1].reply().count());
        assertEquals(1, sfu.counters.checks(CheckOutcome.UNKNOWN_UFRAG));
        assertEquals(1, sfu.counters.drops(SinkDrop.UNKNOWN_SOURCE));
        assertNull(sfu.registry.directory().findBySource(alice.reply(), alice.source()));
    }

    @Test
    void aReplayedPacketIsRefusedOnce() throws MediaRefused {
        TestPeer[] call = sfu.call(2, true, Track.AUDIO);
        TestPeer alice = call[0];
        int length = alice.rtp(Track.AUDIO, 1, 40);
        byte[] copy = Arrays.copyOf(alice.buffer(), length);

        sfu.receive(alice, alice.buffer(), length);
        long dropped = alice.leg().stats().packetsDropped();
        sfu.receive(alice, copy);

        assertEquals(1, call[1].reply().count());
        assertEquals(1, alice.leg().stats().packetsReceived());
        assertEquals(dropped + 1, alice.leg().stats().packetsDropped(), "the replay, by the decrypt node");
    }
}

package org.parley.media.internal.forwarding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.pipeline.Node;
import org.parley.media.internal.pipeline.PacketContext;
import org.parley.media.internal.pipeline.Pipeline;

/** Routing with fake transports: who gets a packet, and what is dropped and counted. */
class RouterTest {
    private final Map<String, List<Integer>> streamsSeen = new ConcurrentHashMap<>();
    private final Meeting meeting = new Meeting(null, this::recordingPath);
    private final PacketContext in = new PacketContext();
    private Participant a;
    private Participant b;
    private Participant c;
    private final FakeTransport toA = new FakeTransport();
    private final FakeTransport toB = new FakeTransport();
    private final FakeTransport toC = new FakeTransport();

    @AfterEach
    void noListenerWasCalledUnderALock() {
        assertEquals(List.of(), meeting.violations());
    }

    /** A send path whose one node records the stream index of each copy and drops nothing but "drop" receivers'. */
    private LegMedia recordingPath(Leg receiver) {
        List<Integer> seen = streamsSeen.computeIfAbsent(receiver.participantId(), k -> new ArrayList<>());
        Node node = new Node("test-recorder") {
            @Override
            protected boolean process(PacketContext context) {
                seen.add(context.stream);
                return !receiver.participantId().equals("p9");
            }
        };
        Pipeline pipeline = new Pipeline(List.of(node));
        return new UnwiredMedia(receiver.counters()) {
            @Override
            public Pipeline pipeline() {
                return pipeline;
            }

            @Override
            public List<Pipeline> pipelines() {
                return List.of(pipeline);
            }

            @Override
            public int open(PublishedTrack track) {
                return 100 + super.open(track);
            }
        };
    }

    private void threeConnectedParticipants() throws MediaRefused {
        a = meeting.join(1);
        b = meeting.join(2);
        c = meeting.join(3);
        meeting.settle(a, b, c);
        a.leg.bind(toA);
        b.leg.bind(toB);
        c.leg.bind(toC);
    }

    private int route(Participant sender, long ssrc, int sequence) {
        RtpPackets.packet(in, (int) ssrc, sequence, 40);
        Conference conference = meeting.conference();
        conference.lock().lock();
        try {
            return sender.leg.media().receive(in) ? conference.router().route(sender.leg, in) : 0;
        } finally {
            conference.lock().unlock();
        }
    }

    @Test
    void aPacketFromAReachesBAndCButNeverA() throws MediaRefused {
        threeConnectedParticipants();
        a.leg.forward(Track.AUDIO, true);

        assertEquals(2, route(a, a.browser.ssrc(Track.AUDIO), 7));

        byte[] sent = Arrays.copyOfRange(in.packet.array(), 0, in.packet.length());
        assertEquals(0, toA.count());
        assertEquals(1, toB.count());
        assertEquals(1, toC.count());
        assertArrayEquals(sent, toB.sent().get(0));
        assertArrayEquals(sent, toC.sent().get(0));
        int index = 100 + a.leg.uplink().published(Track.AUDIO).id();
        assertEquals(List.of(index), streamsSeen.get("p2"), "the copy carries the receiver's stream index");
        assertEquals(1, b.leg.stats().packetsSent());
        assertEquals(52, b.leg.stats().bytesSent());
        assertEquals(1, a.leg.stats().packetsReceived());
    }

    @Test
    void aTrackThatIsNotForwardedIsDroppedWhateverTheBrowserSends() throws MediaRefused {
        threeConnectedParticipants();

        assertEquals(0, route(a, a.browser.ssrc(Track.VIDEO), 1), "tracks start not forwarded");
        a.leg.forward(Track.VIDEO, true);
        assertEquals(2, route(a, a.browser.ssrc(Track.VIDEO), 2));
        a.leg.forward(Track.VIDEO, false);
        assertEquals(0, route(a, a.browser.ssrc(Track.VIDEO), 3), "a host's stop-video holds on the server");

        assertEquals(2, a.leg.counters().drops(RouteDrop.NOT_FORWARDED));
        assertEquals(2, a.leg.stats().packetsDropped());
        assertEquals(1, toB.count());
    }

    @Test
    void unannouncedSsrcsRetransmissionsAndRtcpAreNotRouted() throws MediaRefused {
        threeConnectedParticipants();
        a.leg.forward(Track.VIDEO, true);

        assertEquals(0, route(a, 12345, 1));
        assertEquals(0, route(a, a.browser.rtxSsrc(Track.VIDEO), 2));
        assertEquals(0, route(a, b.browser.ssrc(Track.AUDIO), 3), "another participant's SSRC is unknown here");
        RtpPackets.packet(in, (int) a.browser.ssrc(Track.VIDEO), 4, 40).rtcp = true;
        meeting.conference().lock().lock();
        try {
            assertEquals(0, meeting.conference().router().route(a.leg, in));
        } finally {
            meeting.conference().lock().unlock();
        }

        assertEquals(2, a.leg.counters().drops(RouteDrop.UNKNOWN_SSRC));
        assertEquals(1, a.leg.counters().drops(RouteDrop.RETRANSMISSION));
        assertEquals(0, toB.count() + toC.count());
    }

    @Test
    void aReceiverWithoutTransportOrWithoutAnAnswerGetsNothing() throws MediaRefused {
        a = meeting.join(1);
        b = meeting.join(2);
        c = meeting.join(3);
        meeting.settle(a, b);
        b.leg.bind(toB);
        c.leg.bind(toC);
        Participant unbound = meeting.join(4);
        meeting.settle(a, b, unbound);
        a.leg.forward(Track.AUDIO, true);

        assertEquals(1, route(a, a.browser.ssrc(Track.AUDIO), 1));

        assertEquals(0, toC.count(), "participant 3 never answered the offer with participant 1's tracks");
        assertEquals(1, unbound.leg.counters().drops(RouteDrop.NOT_CONNECTED));
    }

    @Test
    void theReceiversSendPipelineMayDropTheCopy() throws MediaRefused {
        threeConnectedParticipants();
        Participant dropping = meeting.join(9);
        meeting.settle(a, b, c, dropping);
        FakeTransport toDropping = new FakeTransport();
        dropping.leg.bind(toDropping);
        a.leg.forward(Track.AUDIO, true);

        assertEquals(2, route(a, a.browser.ssrc(Track.AUDIO), 1));

        assertEquals(0, toDropping.count());
        assertEquals(1, dropping.leg.stats().packetsDropped(), "the node's drop shows in the leg's statistics");
        assertEquals(1, streamsSeen.get("p9").size());
    }

    @Test
    void aLeaversTracksStopAtOnceForEveryone() throws MediaRefused {
        threeConnectedParticipants();
        a.leg.forward(Track.AUDIO, true);
        int trackId = a.leg.uplink().published(Track.AUDIO).id();

        a.leg.close();

        assertEquals(null, meeting.conference().track(trackId));
        assertEquals(0, route(a, a.browser.ssrc(Track.AUDIO), 1));
    }
}

package org.parley.signaling.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;

class EventEncoderTest {

    final MessageCodec codec = new MessageCodec();
    final Participant ann = new Participant("p1", "Ann", true, Participant.HOST, false, true, false, true);

    @Test
    void welcomeCarriesYouTheMeetingRosterAndLobby() {
        String welcome = codec.encode(new MeetingEvent.Welcome(ann, "m1", "Ward round", true, List.of(ann),
                List.of(new MeetingEvent.Waiting.Knock("p2", "Bob", false))));
        assertEquals("{\"v\":1,\"type\":\"welcome\",\"you\":" + annJson() + ",\"meeting\":{\"id\":\"m1\",\"title\":"
                + "\"Ward round\",\"locked\":true},\"roster\":[" + annJson() + "],\"waiting\":[{\"id\":\"p2\",\"name\":"
                + "\"Bob\",\"staff\":false}]}", welcome);
    }

    @Test
    void chatKeepsTextAsTextAndToAsNullForEveryone() {
        String chat = codec.encode(new MeetingEvent.Chat("p1", "Ann", null, "<b>\"hi\"</b>",
                Instant.parse("2026-03-01T09:00:00Z")));
        assertEquals("{\"v\":1,\"type\":\"chat\",\"from\":\"p1\",\"fromName\":\"Ann\",\"to\":null,\"text\":"
                + "\"<b>\\\"hi\\\"</b>\",\"at\":\"2026-03-01T09:00:00Z\"}", chat);
    }

    @Test
    void smallEventsHaveTheirFields() {
        assertEquals("{\"v\":1,\"type\":\"waiting\",\"you\":\"p2\",\"name\":\"Bob\",\"reason\":\"host-absent\"}",
                codec.encode(new MeetingEvent.Waiting("p2", "Bob", "host-absent")));
        assertEquals("{\"v\":1,\"type\":\"left\",\"participant\":\"p2\",\"reason\":\"connection lost\"}",
                codec.encode(new MeetingEvent.Left("p2", "connection lost")));
        assertEquals("{\"v\":1,\"type\":\"joined\",\"participant\":" + annJson() + "}",
                codec.encode(new MeetingEvent.Joined(ann)));
        assertEquals("{\"v\":1,\"type\":\"updated\",\"participant\":" + annJson() + "}",
                codec.encode(new MeetingEvent.Updated(ann)));
        assertEquals("{\"v\":1,\"type\":\"lobby\",\"waiting\":[]}", codec.encode(new MeetingEvent.Lobby(List.of())));
        assertEquals("{\"v\":1,\"type\":\"unmute-requested\",\"by\":\"p1\"}",
                codec.encode(new MeetingEvent.UnmuteRequested("p1")));
        assertEquals("{\"v\":1,\"type\":\"locked\",\"locked\":false,\"by\":\"p1\"}",
                codec.encode(new MeetingEvent.LockChanged(false, "p1")));
        assertEquals("{\"v\":1,\"type\":\"token\",\"token\":\"a.b.c\",\"expiresAt\":\"2026-03-01T09:10:00Z\"}",
                codec.encode(new MeetingEvent.Token("a.b.c", Instant.parse("2026-03-01T09:10:00Z"))));
    }

    @Test
    void mediaMessagesHaveTheirFieldsAndLeaveOutAbsentOnes() {
        assertEquals("{\"v\":1,\"type\":\"sdp-answer\",\"ref\":\"o7\",\"sdp\":\"v=0\\r\\n\"}",
                codec.answer(new MeetingEvent.MediaAnswer("v=0\r\n"), "o7"));
        assertEquals("{\"v\":1,\"type\":\"sdp-answer\",\"sdp\":\"v=0\"}",
                codec.answer(new MeetingEvent.MediaAnswer("v=0"), null));
        assertEquals("{\"v\":1,\"type\":\"sdp-answer\",\"sdp\":\"v=0\"}",
                codec.encode(new MeetingEvent.MediaAnswer("v=0")));
        assertEquals("{\"v\":1,\"type\":\"sdp-offer\",\"revision\":3,\"sdp\":\"v=0\"}",
                codec.encode(new MeetingEvent.MediaOffer(3, "v=0")));
        assertEquals("{\"v\":1,\"type\":\"speaker\",\"participant\":\"p2\"}",
                codec.encode(new MeetingEvent.Speaker("p2")));
        assertEquals("{\"v\":1,\"type\":\"media-connection\",\"state\":\"connecting\"}",
                codec.encode(new MeetingEvent.MediaConnection("connecting", null, null)));
        assertEquals("{\"v\":1,\"type\":\"media-connection\",\"state\":\"connected\",\"transport\":\"tcp\"}",
                codec.encode(new MeetingEvent.MediaConnection("connected", "tcp", null)));
        assertEquals("{\"v\":1,\"type\":\"media-connection\",\"state\":\"failed\",\"cause\":\"UDP blocked\"}",
                codec.encode(new MeetingEvent.MediaConnection("failed", null, "UDP blocked")));
        assertEquals("{\"v\":1,\"type\":\"media-reset\"}", codec.encode(new MeetingEvent.MediaReset()));
        assertEquals("{\"v\":1,\"type\":\"error\",\"code\":\"media\",\"message\":\"media is not available on this "
                + "server\",\"ref\":\"o7\"}", codec.error("media", "media is not available on this server", "o7"));
    }

    @Test
    void errorsEchoTheRefOnlyWhenThereIsOne() {
        assertEquals("{\"v\":1,\"type\":\"error\",\"code\":\"invalid\",\"message\":\"v: must be 1\",\"ref\":\"r\"}",
                codec.error("invalid", "v: must be 1", "r"));
        assertEquals("{\"v\":1,\"type\":\"error\",\"code\":\"too-many\",\"message\":\"slow\"}",
                codec.error("too-many", "slow", null));
        assertEquals("{\"v\":1,\"type\":\"pong\"}", codec.pong());
    }

    private static String annJson() {
        return "{\"id\":\"p1\",\"name\":\"Ann\",\"staff\":true,\"role\":\"host\",\"audioMuted\":false,"
                + "\"videoMuted\":true,\"handRaised\":false,\"connected\":true}";
    }
}

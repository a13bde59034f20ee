package org.parley.signaling.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.signaling.internal.protocol.MessageCodec;
import org.parley.signaling.internal.testing.FakeMeetings;
import org.parley.signaling.internal.testing.FakeTransport;
import org.parley.signaling.internal.testing.MovableClock;

class ConnectionTest {

    static final String JOIN = "{\"v\":1,\"type\":\"join\",\"token\":\"" + FakeMeetings.GOOD_TOKEN + "\"}";
    static final ObjectMapper JSON = new ObjectMapper();

    final MovableClock clock = new MovableClock();
    final FakeMeetings meetings = new FakeMeetings();
    final FakeTransport transport = new FakeTransport();
    final Connections connections = new Connections(new SignalingContext(meetings, new MessageCodec(), clock,
            new ConnectionLimits(20, 40, Duration.ofSeconds(10), 8), Runnable::run));
    final Connection connection = connections.open(transport, "192.0.2.7");

    @Test
    void joinAttachesAndTheFirstEventsGoOut() {
        meetings.deliverOnAttach(new MeetingEvent.Waiting("p1", "Ann", "waiting-room"));
        connection.onText(JOIN);
        assertEquals(Connection.State.ATTACHED, connection.state());
        assertEquals("waiting", sent(0).get("type").asText());
        connection.onText("{\"v\":1,\"type\":\"ping\"}");
        assertEquals("pong", sent(1).get("type").asText());
    }

    @Test
    void anythingBeforeJoinIsNotJoinedAndTheConnectionStays() {
        connection.onText("{\"v\":1,\"type\":\"chat\",\"text\":\"hi\",\"id\":\"m7\"}");
        connection.onText("{\"v\":1,\"type\":\"ping\"}");
        assertEquals("not-joined", sent(0).get("code").asText());
        assertEquals("m7", sent(0).get("ref").asText());
        assertEquals("not-joined", sent(1).get("code").asText());
        assertEquals(Connection.State.AWAITING_JOIN, connection.state());
        assertTrue(meetings.commands().isEmpty());
    }

    @Test
    void aSecondJoinIsInvalid() {
        connection.onText(JOIN);
        connection.onText(JOIN.replace("}", ",\"id\":\"again\"}"));
        JsonNode error = sent(0);
        assertEquals("invalid", error.get("code").asText());
        assertEquals("again", error.get("ref").asText());
        assertEquals(Connection.State.ATTACHED, connection.state());
    }

    @Test
    void noJoinWithinTheTimeoutCloses4005() {
        clock.advance(Duration.ofSeconds(9));
        connections.tick();
        assertNull(transport.closed());
        clock.advance(Duration.ofSeconds(1));
        connections.tick();
        assertEquals(Closing.JOIN_TIMEOUT, transport.closed());
        assertEquals(4005, transport.closed().code());
    }

    @Test
    void anAttachedConnectionHasNoJoinTimeout() {
        connection.onText(JOIN);
        clock.advance(Duration.ofMinutes(5));
        connections.tick();
        assertNull(transport.closed());
    }

    @Test
    void aRefusedTokenCloses4005WithTheReason() {
        connection.onText(JOIN.replace(FakeMeetings.GOOD_TOKEN, "forged.token.sig"));
        assertEquals(new Closing(4005, "the join token is not valid any more; join again"), transport.closed());
        connection.onClosed(4005);
        assertEquals(0, meetings.disconnects());
    }

    @Test
    void anExpiredTokenSaysSo() {
        connection.onText(JOIN.replace(FakeMeetings.GOOD_TOKEN, FakeMeetings.EXPIRED_TOKEN));
        assertEquals(new Closing(4005, "the join token expired; join again"), transport.closed());
    }

    @Test
    void aFloodGetsTooManyErrorsThenClose4008AndCountsAsADrop() {
        connection.onText(JOIN);
        for (int i = 1; i < 40; i++) {
            connection.onText("{\"v\":1,\"type\":\"ping\"}");
        }
        assertEquals(39, transport.sent().size());
        for (int i = 1; i < ConnectionLimits.REFUSALS_BEFORE_CLOSE; i++) {
            connection.onText("{\"v\":1,\"type\":\"ping\"}");
        }
        assertEquals(39 + 99, transport.sent().size());
        assertEquals("too-many", sent(39 + 98).get("code").asText());
        assertNull(transport.closed());
        connection.onText("{\"v\":1,\"type\":\"ping\"}");
        assertEquals(new Closing(4008, "too many messages"), transport.closed());
        connection.onClosed(4008);
        assertEquals(1, meetings.disconnects());
    }

    @Test
    void aMessageWithinTheRateResetsTheRefusalCount() {
        connection.onText(JOIN);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 90; i++) {
                connection.onText("{\"v\":1,\"type\":\"ping\"}");
            }
            clock.advance(Duration.ofMillis(50));
        }
        assertNull(transport.closed());
    }

    @Test
    void eventsGoOutInTheOrderDelivered() {
        connection.onText(JOIN);
        for (int i = 0; i < 5; i++) {
            meetings.channel().deliver(new MeetingEvent.Left("p" + i, "left"));
        }
        for (int i = 0; i < 5; i++) {
            assertEquals("p" + i, sent(i).get("participant").asText());
        }
    }

    @Test
    void aChannelClosedByMeetingsClosesAfterItsEventsAndIsNoDrop() {
        connection.onText(JOIN);
        transport.holdSends();
        meetings.channel().deliver(new MeetingEvent.Left("p2", "removed"));
        meetings.channel().close(CloseReason.REMOVED);
        assertNull(transport.closed());
        transport.completeSends();
        assertEquals(new Closing(4002, CloseReason.REMOVED.text()), transport.closed());
        connection.onClosed(4002);
        assertEquals(0, meetings.disconnects());
    }

    @Test
    void aDropIsReportedOnce() {
        connection.onText(JOIN);
        connection.onClosed(1006);
        connection.onClosed(1006);
        assertEquals(1, meetings.disconnects());
        assertEquals(0, connections.size());
    }

    @Test
    void aDropBeforeJoinReportsNothing() {
        connection.onClosed(1001);
        assertEquals(0, meetings.disconnects());
    }

    @Test
    void aLeaveIsSentAndTheCloseAfterItIsNoDrop() {
        connection.onText(JOIN);
        connection.onText("{\"v\":1,\"type\":\"leave\"}");
        assertEquals(List.of(new MeetingCommand.Leave()), meetings.commands());
        connection.onClosed(1000);
        assertEquals(0, meetings.disconnects());
    }

    @Test
    void commandsReachTheMeetingAndRefusalsComeBackAsErrors() {
        connection.onText(JOIN);
        connection.onText("{\"v\":1,\"type\":\"hand\",\"raised\":true}");
        assertEquals(List.of(new MeetingCommand.RaiseHand(true)), meetings.commands());
        meetings.refuseCommands("forbidden", "only hosts may lock the meeting");
        connection.onText("{\"v\":1,\"type\":\"lock\",\"locked\":true,\"id\":\"L1\"}");
        JsonNode error = sent(0);
        assertEquals("forbidden", error.get("code").asText());
        assertEquals("only hosts may lock the meeting", error.get("message").asText());
        assertEquals("L1", error.get("ref").asText());
        assertEquals(Connection.State.ATTACHED, connection.state());
    }

    @Test
    void theAnswerToAnOfferEchoesItsIdAndAMediaRefusalToo() {
        connection.onText(JOIN);
        connection.onText("{\"v\":1,\"type\":\"sdp-offer\",\"id\":\"o7\",\"sdp\":\"v=0\","
                + "\"sending\":{\"0\":\"audio\"}}");
        assertEquals(List.of(new MeetingCommand.MediaOffer("v=0", Map.of("0", "audio"))),
                meetings.commands());
        assertEquals("{\"v\":1,\"type\":\"sdp-answer\",\"ref\":\"o7\",\"sdp\":\"answer:v=0\"}",
                transport.sent().get(0));
        connection.onText("{\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=1\",\"sending\":{}}");
        assertEquals("{\"v\":1,\"type\":\"sdp-answer\",\"sdp\":\"answer:v=1\"}", transport.sent().get(1));
        connection.onText("{\"v\":1,\"type\":\"sdp-answer\",\"id\":\"a1\",\"revision\":2,\"sdp\":\"v=0\"}");
        assertEquals(new MeetingCommand.MediaAnswer(2, "v=0"), meetings.commands().get(2));
        meetings.channel().deliver(new MeetingEvent.MediaOffer(3, "v=0 others"));
        assertEquals("{\"v\":1,\"type\":\"sdp-offer\",\"revision\":3,\"sdp\":\"v=0 others\"}",
                transport.sent().get(2));
        meetings.refuseCommands("media", "glare: the server's offer (version 3) awaits an answer");
        connection.onText("{\"v\":1,\"type\":\"sdp-offer\",\"id\":\"o8\",\"sdp\":\"v=0\",\"sending\":{}}");
        assertEquals("media", sent(3).get("code").asText());
        assertTrue(sent(3).get("message").asText().startsWith("glare"));
        assertEquals("o8", sent(3).get("ref").asText());
    }

    @Test
    void badMessagesAndBinaryFramesGetInvalidAndTheConnectionStays() {
        connection.onText(JOIN);
        connection.onText("{\"v\":1,\"type\":\"hand\",\"raised\":\"yes\",\"id\":\"h1\"}");
        connection.onBinary();
        assertEquals("hand.raised: must be true or false", sent(0).get("message").asText());
        assertEquals("h1", sent(0).get("ref").asText());
        assertEquals("invalid", sent(1).get("code").asText());
        assertEquals(Connection.State.ATTACHED, connection.state());
    }

    @Test
    void aReaderThatFallsBehindIsClosed1008AndCountsAsADrop() {
        connection.onText(JOIN);
        transport.holdSends();
        for (int i = 0; i < 10; i++) {
            meetings.channel().deliver(new MeetingEvent.UnmuteRequested("p9"));
        }
        assertEquals(new Closing(1008, "messages were not read in time"), transport.closed());
        connection.onClosed(1008);
        assertEquals(1, meetings.disconnects());
    }

    @Test
    void aCloseThePeerNeverAnswersEndsAfterTheGrace() {
        connection.onText(JOIN);
        meetings.channel().close(CloseReason.ENDED);
        clock.advance(ConnectionLimits.CLOSE_GRACE);
        connections.tick();
        assertTrue(transport.aborted());
        assertEquals(Connection.State.CLOSED, connection.state());
        assertEquals(0, meetings.disconnects());
    }

    @Test
    void shutDownCloses1001() {
        connection.onText(JOIN);
        connections.shutDown();
        assertEquals(Closing.SHUTDOWN, transport.closed());
        connection.onClosed(1001);
        assertEquals(1, meetings.disconnects());
    }

    @Test
    void eventsAfterTheCloseAreDropped() {
        connection.onText(JOIN);
        meetings.channel().close(CloseReason.REPLACED);
        meetings.channel().deliver(new MeetingEvent.Token("a.b.c", Instant.EPOCH));
        assertEquals(0, transport.sent().size());
        assertEquals(4004, transport.closed().code());
    }

    private JsonNode sent(int index) {
        try {
            return JSON.readTree(transport.sent().get(index));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

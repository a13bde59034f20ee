package org.parley.meetings.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.meetings.api.Attendance;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingPolicy;

class AttendanceTest extends LiveFixture {

    private final Meeting open = meeting("OpenOpenOpenOpenOpen01", false, true, 100);

    @BeforeEach
    void start() throws Exception {
        everyoneIn(open);
    }

    @Test
    void aDroppedConnectionResumesWithin30SecondsWithoutALeave() throws Exception {
        host.channel.clear();
        bob.attendance.disconnected();
        assertFalse(host.channel.last(MeetingEvent.Updated.class).participant().connected());
        advance(Duration.ofSeconds(29));
        tick();
        RecordingChannel resumed = bob.reattach();
        MeetingEvent.Welcome welcome = (MeetingEvent.Welcome) resumed.events.get(0);
        assertEquals(bob.id(), welcome.you().id());
        assertTrue(host.channel.last(MeetingEvent.Updated.class).participant().connected());
        advance(Duration.ofSeconds(60));
        tick();
        assertEquals(List.of(), host.channel.of(MeetingEvent.Left.class));
        assertAudited("meeting.leave", 0);
    }

    @Test
    void afterThirtySecondsWithoutAConnectionTheParticipantLeaves() throws Exception {
        gina.attendance.disconnected();
        advance(Duration.ofSeconds(29));
        tick();
        assertEquals(List.of(), host.channel.of(MeetingEvent.Left.class));
        advance(Duration.ofSeconds(1));
        tick();
        assertEquals(new MeetingEvent.Left(gina.id(), "connection lost"), host.channel.last(MeetingEvent.Left.class));
        assertEquals(JoinRefused.Reason.REVOKED, gina.attachRefusal());
        assertEquals("guest", audit.of("meeting.leave").get(0).actor());
        assertEquals("connection lost", audit.of("meeting.leave").get(0).details().get("reason"));
        assertEquals("198.51.100.7", audit.of("meeting.leave").get(0).clientAddress());
    }

    @Test
    void aSecondAttachReplacesTheFirstConnection() throws Exception {
        RecordingChannel first = bob.channel;
        Attendance stale = bob.attendance;
        host.channel.clear();
        RecordingChannel second = bob.reattach();
        assertEquals(CloseReason.REPLACED, first.closed);
        assertTrue(second.events.get(0) instanceof MeetingEvent.Welcome);
        assertEquals(List.of(), host.channel.events, "the others see nothing");
        assertEquals("not-joined", assertCommandRefused(stale));
        stale.disconnected();
        assertEquals(List.of(), host.channel.events, "a stale handle's disconnect is ignored");
        bob.send(new MeetingCommand.RaiseHand(true));
        assertTrue(host.channel.last(MeetingEvent.Updated.class).participant().handRaised());
    }

    private static String assertCommandRefused(Attendance stale) {
        return assertThrows(CommandRefused.class,
                () -> stale.send(new MeetingCommand.Chat(null, "hi"))).code();
    }

    @Test
    void leavingClosesTheChannelTellsTheOthersAndKillsTheToken() throws Exception {
        gina.send(new MeetingCommand.Leave());
        assertEquals(CloseReason.LEFT, gina.channel.closed);
        assertEquals(new MeetingEvent.Left(gina.id(), "left"), bob.channel.last(MeetingEvent.Left.class));
        assertEquals(JoinRefused.Reason.REVOKED, gina.attachRefusal());
        host.send(new MeetingCommand.Leave());
        bob.send(new MeetingCommand.Leave());
        assertFalse(rooms.isLive(open.id()), "gone with the last participant");
        assertAudited("meeting.leave", 3);
    }

    @Test
    void privateChatReachesSenderAndAddresseeOnly() throws Exception {
        clearAll();
        gina.send(new MeetingCommand.Chat(bob.id(), "  psst  "));
        MeetingEvent.Chat psst = new MeetingEvent.Chat(gina.id(), "Gina", bob.id(), "psst", T0);
        assertEquals(List.of(psst), gina.channel.events);
        assertEquals(List.of(psst), bob.channel.events);
        assertEquals(List.of(), host.channel.events);
        gina.send(new MeetingCommand.Chat(null, "hello"));
        assertEquals("hello", host.channel.last(MeetingEvent.Chat.class).text());
        assertNull(host.channel.last(MeetingEvent.Chat.class).to());
        assertEquals("not-found", gina.refusal(new MeetingCommand.Chat("nobody", "x")));
        assertEquals("invalid", gina.refusal(new MeetingCommand.Chat(null, "   ")));
        assertEquals("invalid", gina.refusal(new MeetingCommand.Chat(null, "x".repeat(2001))));
        gina.send(new MeetingCommand.Chat(null, "x".repeat(2000)));
        assertTrue(audit.events.stream().noneMatch(e -> e.details().containsValue("psst")
                || e.details().containsValue("hello")), "chat is never audited");
    }

    @Test
    void attachedParticipantsGetAFreshTokenEveryFiveMinutes() throws Exception {
        clearAll();
        advance(Duration.ofMinutes(4));
        tick();
        assertEquals(List.of(), bob.channel.of(MeetingEvent.Token.class));
        advance(Duration.ofMinutes(1));
        tick();
        MeetingEvent.Token fresh = bob.channel.last(MeetingEvent.Token.class);
        assertEquals(now.get().plus(Duration.ofMinutes(10)), fresh.expiresAt());
        advance(Duration.ofMinutes(6));
        tick();
        assertEquals(2, bob.channel.of(MeetingEvent.Token.class).size());
        assertEquals(JoinRefused.Reason.EXPIRED, bob.attachRefusal(), "the first token is 11 minutes old");
        RecordingChannel channel = new RecordingChannel();
        rooms.attach(bob.channel.last(MeetingEvent.Token.class).token(), channel);
        assertTrue(channel.events.get(0) instanceof MeetingEvent.Welcome, "the refreshed token resumes");
    }

    @Test
    void aTokenOfOneMeetingNeverAttachesToAnother() throws Exception {
        Meeting other = meeting("OtherOtherOtherOther01", false, true, 100);
        enter(other, OWNER);
        String forged = tokens.sign(other.id(), bob.id(), now.get()).token();
        assertEquals(JoinRefused.Reason.REVOKED, assertThrows(JoinRefused.class,
                () -> rooms.attach(forged, new RecordingChannel())).reason());
    }

    @Test
    void aSeatNeverAttachedGoesWithItsTokensLife() throws Exception {
        Meeting quiet = meeting("QuietQuietQuietQuiet01", false, true, 100);
        Person late = join(quiet, staff("carl", "192.0.2.6"));
        assertTrue(rooms.isLive(quiet.id()));
        advance(Duration.ofMinutes(10));
        tick();
        assertFalse(rooms.isLive(quiet.id()));
        assertEquals("never attached", audit.of("meeting.leave").get(0).details().get("reason"));
        assertEquals(JoinRefused.Reason.EXPIRED, late.attachRefusal());
    }

    @Test
    void capacityCountsAdmittedAndWaitingUpToTheLowerMaximumButNotTheOwner() throws Exception {
        Meeting small = meeting("SmallSmallSmallSmall01", true, false, 3);
        join(small, staff("a", "192.0.2.11"));
        join(small, guest("B", "198.51.100.12"));
        join(small, guest("C", "198.51.100.13"));
        assertEquals("full", denial(small, staff("d", "192.0.2.14")));
        assertTrue(join(small, OWNER).ticket.admitted(), "the host is never kept out of its meeting");
        policy = new MeetingPolicy(false, true, true, 2);
        Meeting roomy = meeting("RoomyRoomyRoomyRoomy01", false, true, 100);
        join(roomy, staff("a", "192.0.2.11"));
        join(roomy, staff("b", "192.0.2.12"));
        assertEquals("full", denial(roomy, staff("c", "192.0.2.13")), "the policy's maximum is lower");
    }

    @Test
    void membersOnlyByTheMeetingOrThePolicyRefusesGuests() throws Exception {
        policy = new MeetingPolicy(false, true, false, 100);
        assertEquals("sign-in-required", denial(open, guest("Gus", "198.51.100.20")));
        assertTrue(join(open, staff("carl", "192.0.2.6")).ticket.admitted());
    }

    @Test
    void deletingALiveMeetingEndsIt() throws Exception {
        rooms.deleted(open.id());
        assertEquals(List.of(CloseReason.ENDED, CloseReason.ENDED, CloseReason.ENDED),
                List.of(host.channel.closed, bob.channel.closed, gina.channel.closed));
        assertEquals("deleted", audit.of("meeting.end").get(0).details().get("reason"));
    }

    @Test
    void joinAuditNamesStaffAndGuestsByIdNeverTitleOrGuestName() {
        assertEquals(List.of("hostuser", "bob", "guest"), audit.of("meeting.join").stream()
                .map(e -> e.actor()).toList());
        assertEquals(List.of("host", "participant", "participant"), audit.of("meeting.join").stream()
                .map(e -> e.details().get("role")).toList());
        assertEquals(gina.id(), audit.of("meeting.join").get(2).details().get("participant"));
        assertTrue(audit.events.stream().noneMatch(e -> e.toString().contains(TITLE) || e.toString()
                .contains("Gina")), "no title, no guest name");
    }

    private void clearAll() {
        List.of(host, bob, gina).forEach(p -> p.channel.clear());
    }
}

package org.parley.meetings.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent.Waiting.Knock;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.internal.model.Meeting;

class LobbyTest extends LiveFixture {

    private final Meeting lobbied = meeting("LobbyLobbyLobbyLobby01", true, false, 100);

    @Test
    void aWaitingGuestReceivesOnlyWaitingWhileTheMeetingGoesOn() throws Exception {
        Person host = enter(lobbied, OWNER);
        Person bob = enter(lobbied, staff("bob", "192.0.2.2"));
        Person gina = join(lobbied, guest("  Gina  ", "198.51.100.7"));
        assertFalse(gina.ticket.admitted());
        gina.attach();
        List<MeetingEvent> onlyWaiting = List.of(new MeetingEvent.Waiting(gina.id(), "Gina", "waiting-room"));
        assertEquals(onlyWaiting, gina.channel.events);
        assertEquals(List.of(new Knock(gina.id(), "Gina", false)), host.channel.last(MeetingEvent.Lobby.class)
                .waiting());

        bob.send(new MeetingCommand.Chat(null, "hello all"));
        bob.send(new MeetingCommand.RaiseHand(true));
        bob.send(new MeetingCommand.MediaState(true, false));
        host.send(new MeetingCommand.Lock(true));
        host.send(new MeetingCommand.Lock(false));
        host.send(new MeetingCommand.Mute(null));
        enter(lobbied, staff("carol", "192.0.2.3"));
        enter(lobbied, guest("Gus", "198.51.100.8"));
        advance(Duration.ofMinutes(6));
        tick();
        MeetingEvent.Token fresh = gina.channel.last(MeetingEvent.Token.class);
        List<MeetingEvent> seen = List.of(onlyWaiting.get(0), fresh);
        assertEquals(seen, gina.channel.events, "no roster, chat, lock, joins or knocks: only a fresh token, so a "
                + "long wait can still resume after a dropped connection");
        for (MeetingCommand command : List.of(new MeetingCommand.Chat(null, "hi"), new MeetingCommand.RaiseHand(true),
                new MeetingCommand.MediaState(false, false), new MeetingCommand.Admit(null),
                new MeetingCommand.Lock(true))) {
            assertEquals("forbidden", gina.refusal(command));
        }
        assertEquals(seen, gina.channel.events);
        RecordingChannel resumed = new RecordingChannel();
        gina.attendance = rooms.attach(fresh.token(), resumed);
        assertEquals(onlyWaiting, resumed.events, "the fresh token resumes into the lobby, not the meeting");
        gina.channel = resumed;

        host.send(new MeetingCommand.Admit(gina.id()));
        MeetingEvent.Welcome welcome = (MeetingEvent.Welcome) gina.channel.events.get(1);
        assertEquals(TITLE, welcome.title());
        assertEquals(List.of(), welcome.waiting(), "only hosts see the lobby");
        assertEquals(4, welcome.roster().size());
        assertEquals(gina.id(), bob.channel.last(MeetingEvent.Joined.class).participant().id());
    }

    @Test
    void hostsAdmitAndDenyOneOrEveryoneWaiting() throws Exception {
        Person host = enter(lobbied, OWNER);
        Person a = enter(lobbied, guest("A", "198.51.100.1"));
        Person b = enter(lobbied, guest("B", "198.51.100.2"));
        Person c = enter(lobbied, guest("C", "198.51.100.3"));
        host.send(new MeetingCommand.Admit(a.id()));
        assertEquals(a.id(), a.channel.last(MeetingEvent.Welcome.class).you().id());
        assertEquals(List.of(b.id(), c.id()), knocks(host));
        host.send(new MeetingCommand.Deny(b.id()));
        assertEquals(CloseReason.DENIED, b.channel.closed);
        assertEquals(JoinRefused.Reason.REVOKED, b.attachRefusal(), "a denied token is dead");
        assertEquals(List.of(c.id()), knocks(host));
        assertFalse(a.channel.events.stream().anyMatch(e -> e instanceof MeetingEvent.Lobby), "hosts only");
        assertEquals("not-found", host.refusal(new MeetingCommand.Admit(a.id())), "already in");
        assertEquals("not-found", host.refusal(new MeetingCommand.Deny("nobody")));

        Person d = enter(lobbied, guest("D", "198.51.100.4"));
        host.send(new MeetingCommand.Admit(null));
        assertTrue(c.channel.last(MeetingEvent.Welcome.class) != null && d.channel.last(MeetingEvent.Welcome.class)
                != null);
        assertEquals(List.of(), knocks(host));
        Person e = enter(lobbied, guest("E", "198.51.100.5"));
        Person f = enter(lobbied, guest("F", "198.51.100.6"));
        host.send(new MeetingCommand.Deny(null));
        assertEquals(List.of(CloseReason.DENIED, CloseReason.DENIED), List.of(e.channel.closed, f.channel.closed));
        assertAudited("meeting.admit", 3);
        assertAudited("meeting.deny", 3);
        assertEquals(host.id(), audit.of("meeting.deny").get(0).details().get("participant"));
        assertEquals(b.id(), audit.of("meeting.deny").get(0).details().get("target"));
    }

    @Test
    void withoutJoinBeforeHostEveryoneWaitsForAHostAndGuestsThenStillNeedAdmitting() throws Exception {
        Person bob = join(lobbied, staff("bob", "192.0.2.2"));
        assertFalse(bob.ticket.admitted());
        bob.attach();
        Person gina = enter(lobbied, guest("Gina", "198.51.100.7"));
        assertEquals(new MeetingEvent.Waiting(bob.id(), "bob", "host-absent"), bob.channel.events.get(0));
        assertEquals(new MeetingEvent.Waiting(gina.id(), "Gina", "host-absent"), gina.channel.events.get(0));

        Person host = join(lobbied, OWNER);
        assertTrue(host.ticket.admitted(), "the owner comes straight in");
        host.attach();
        assertEquals(bob.id(), bob.channel.last(MeetingEvent.Welcome.class).you().id(), "staff in once a host is");
        assertEquals(List.of(new MeetingEvent.Waiting(gina.id(), "Gina", "host-absent"),
                new MeetingEvent.Waiting(gina.id(), "Gina", "waiting-room")), gina.channel.events);
        assertEquals(List.of(gina.id()), knocks(host));
        assertEquals(bob.id(), host.channel.last(MeetingEvent.Joined.class).participant().id());
        host.send(new MeetingCommand.Admit(gina.id()));
        assertEquals(3, gina.channel.last(MeetingEvent.Welcome.class).roster().size());
    }

    @Test
    void withJoinBeforeHostAndNoWaitingRoomEveryoneComesStraightIn() throws Exception {
        Meeting open = meeting("OpenOpenOpenOpenOpen01", false, true, 100);
        Person gina = enter(open, guest("Gina", "198.51.100.7"));
        assertTrue(gina.ticket.admitted());
        assertEquals(TITLE, gina.channel.last(MeetingEvent.Welcome.class).title());
        Person host = enter(open, OWNER);
        assertEquals(host.id(), gina.channel.last(MeetingEvent.Joined.class).participant().id());
        assertNull(gina.channel.closed);
    }

    @Test
    void aStaffMemberSkipsTheWaitingRoomWhileAHostIsIn() throws Exception {
        enter(lobbied, OWNER);
        Person bob = join(lobbied, staff("bob", "192.0.2.2"));
        assertTrue(bob.ticket.admitted());
        assertEquals("admitted", audit.of("meeting.join").get(1).details().get("state"));
        assertEquals("bob", audit.of("meeting.join").get(1).actor());
    }

    private static List<String> knocks(Person host) {
        return host.channel.last(MeetingEvent.Lobby.class).waiting().stream().map(Knock::id).toList();
    }
}

package org.parley.meetings.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;
import org.parley.meetings.internal.model.Meeting;

class HostControlsTest extends LiveFixture {

    private final Meeting open = meeting("HostHostHostHostHost01", false, true, 100);
    private Person cohost;

    @BeforeEach
    void start() throws Exception {
        everyoneIn(open);
        cohost = enter(open, staff("cora", "192.0.2.5"));
        host.send(new MeetingCommand.SetCohost(cohost.id(), true));
        assertEquals(Participant.COHOST, roleOf(cohost));
    }

    private Participant latest(Person seenBy, Person who) {
        return seenBy.channel.events.stream().map(e -> e instanceof MeetingEvent.Updated u ? u.participant()
                : e instanceof MeetingEvent.Joined j ? j.participant() : e instanceof MeetingEvent.Welcome w
                ? w.roster().stream().filter(p -> p.id().equals(who.id())).findFirst().orElse(null) : null)
                .filter(p -> p != null && p.id().equals(who.id())).reduce((a, b) -> b).orElseThrow();
    }

    private String roleOf(Person who) {
        return latest(host, who).role();
    }

    private List<MeetingCommand> everyControl(Person target) {
        return List.of(new MeetingCommand.Admit(null), new MeetingCommand.Deny(null),
                new MeetingCommand.Mute(target.id()), new MeetingCommand.Mute(null),
                new MeetingCommand.AskUnmute(target.id()), new MeetingCommand.StopVideo(target.id()),
                new MeetingCommand.Remove(target.id(), true), new MeetingCommand.Lock(true),
                new MeetingCommand.EndForAll(), new MeetingCommand.SetCohost(target.id(), true),
                new MeetingCommand.SetCohost(host.id(), false), new MeetingCommand.Rename(target.id(), "x"),
                new MeetingCommand.Rename("nobody-in-this-meeting", "x"));
    }

    @Test
    void everyControlIsRefusedForAParticipantAndAGuestWhateverTheySend() throws Exception {
        host.channel.clear();
        for (Person who : List.of(bob, gina)) {
            for (MeetingCommand command : everyControl(who == bob ? gina : bob)) {
                assertEquals("forbidden", who.refusal(command), command.toString());
            }
        }
        assertEquals(List.of(), host.channel.events, "nothing happened");
        assertTrue(rooms.isLive(open.id()));
        assertFalse(latest(bob, gina).audioMuted());
        assertAudited("meeting.remove", 0);
        assertAudited("meeting.lock", 0);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void hostAndCohostMuteAskStopVideoRenameLockAndMakeCohosts(boolean asHost) throws Exception {
        Person actor = asHost ? host : cohost;
        actor.send(new MeetingCommand.Mute(gina.id()));
        assertTrue(latest(bob, gina).audioMuted());
        gina.channel.clear();
        bob.channel.clear();
        actor.send(new MeetingCommand.AskUnmute(gina.id()));
        assertEquals(List.of(new MeetingEvent.UnmuteRequested(actor.id())), gina.channel.events);
        assertEquals(List.of(), bob.channel.events, "to the target only");
        assertTrue(latest(host, gina).audioMuted(), "never unmuted by a host");
        actor.send(new MeetingCommand.StopVideo(bob.id()));
        assertTrue(latest(gina, bob).videoMuted());
        actor.send(new MeetingCommand.Mute(null));
        assertTrue(latest(gina, bob).audioMuted());
        assertTrue(latest(bob, asHost ? cohost : host).audioMuted());
        actor.send(new MeetingCommand.Rename(gina.id(), " Regina "));
        assertEquals("Regina", latest(bob, gina).name());
        assertEquals("invalid", actor.refusal(new MeetingCommand.Rename(gina.id(), "bad\u0007name")));
        assertEquals("invalid", actor.refusal(new MeetingCommand.Rename(gina.id(), "x".repeat(65))));
        actor.send(new MeetingCommand.Lock(true));
        assertEquals(new MeetingEvent.LockChanged(true, actor.id()), gina.channel.last(MeetingEvent.LockChanged.class));
        assertEquals("locked", denial(open, staff("late", "192.0.2.9")));
        actor.send(new MeetingCommand.SetCohost(bob.id(), true));
        assertEquals(Participant.COHOST, roleOf(bob));
        bob.send(new MeetingCommand.Mute(gina.id()));
        actor.send(new MeetingCommand.SetCohost(bob.id(), false));
        assertEquals("forbidden", bob.refusal(new MeetingCommand.Lock(false)));
        assertEquals("not-found", actor.refusal(new MeetingCommand.Mute("nobody-in-this-meeting")));
        assertEquals("not-found", actor.refusal(new MeetingCommand.AskUnmute(null)));
        for (String action : List.of("meeting.mute", "meeting.ask-unmute", "meeting.stop-video", "meeting.rename",
                "meeting.lock")) {
            assertEquals(actor.id(), audit.of(action).get(0).details().get("participant"), action);
        }
        assertEquals(2L, audit.of("meeting.mute").stream()
                .filter(e -> e.details().get("participant").equals(actor.id())).count());
    }

    @Test
    void theHostStaysHost() throws Exception {
        assertEquals("forbidden", cohost.refusal(new MeetingCommand.SetCohost(host.id(), false)));
        assertEquals("forbidden", host.refusal(new MeetingCommand.SetCohost(host.id(), false)));
        assertEquals("forbidden", cohost.refusal(new MeetingCommand.Remove(host.id(), true)));
        assertEquals(Participant.HOST, roleOf(host));
        assertNull(host.channel.closed);
        assertEquals("invalid", host.refusal(new MeetingCommand.Remove(host.id(), false)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void removeWithBlockKeepsTheGuestsAddressOrTheStaffAccountOut(boolean asHost) throws Exception {
        Person actor = asHost ? host : cohost;
        actor.send(new MeetingCommand.Remove(gina.id(), true));
        assertEquals(CloseReason.REMOVED, gina.channel.closed);
        assertEquals(new MeetingEvent.Left(gina.id(), "removed"), bob.channel.last(MeetingEvent.Left.class));
        assertEquals(JoinRefused.Reason.REVOKED, gina.attachRefusal());
        assertEquals("blocked", denial(open, guest("Gina again", "198.51.100.7")));
        assertTrue(join(open, guest("Other", "198.51.100.99")).ticket.admitted(), "another address may");
        actor.send(new MeetingCommand.Remove(bob.id(), true));
        assertEquals("blocked", denial(open, staff("bob", "203.0.113.50")), "the account, from anywhere");
        Person carl = enter(open, staff("carl", "192.0.2.6"));
        actor.send(new MeetingCommand.Remove(carl.id(), false));
        assertTrue(join(open, staff("carl", "192.0.2.6")).ticket.admitted(), "no block, may come back");
        assertEquals(List.of("address", "account", "none"), audit.of("meeting.remove").stream()
                .map(e -> e.details().get("blocked")).toList());
        assertEquals("not-found", actor.refusal(new MeetingCommand.Remove(gina.id(), false)));
    }

    @Test
    void endForAllClosesEveryChannelKillsTokensAndHoldsTheMeetingEndedUntilTheOwnerReturns() throws Exception {
        Meeting lobbied = meeting("EndsEndsEndsEndsEnds01", true, true, 100);
        Person h = enter(lobbied, OWNER);
        Person p = enter(lobbied, staff("bob", "192.0.2.2"));
        Person waiting = enter(lobbied, guest("Gina", "198.51.100.7"));
        Person unattached = join(lobbied, staff("carl", "192.0.2.6"));
        h.send(new MeetingCommand.EndForAll());
        assertEquals(List.of(CloseReason.ENDED, CloseReason.ENDED, CloseReason.ENDED),
                List.of(h.channel.closed, p.channel.closed, waiting.channel.closed));
        assertFalse(rooms.isLive(lobbied.id()));
        for (Person who : List.of(h, p, waiting, unattached)) {
            assertEquals(JoinRefused.Reason.ENDED, who.attachRefusal());
        }
        assertEquals("ended", denial(lobbied, staff("bob", "192.0.2.2")));
        Person again = enter(lobbied, OWNER);
        assertTrue(again.ticket.admitted(), "the owner may start it again");
        assertTrue(join(lobbied, staff("bob", "192.0.2.2")).ticket.admitted());
        assertEquals(JoinRefused.Reason.ENDED, p.attachRefusal(), "old tokens stay ended");
        assertAudited("meeting.end", 1);
    }

    @Test
    void anEndedMeetingOpensAgainAfterTheHold() throws Exception {
        host.send(new MeetingCommand.EndForAll());
        assertEquals("ended", denial(open, guest("Gina", "198.51.100.7")));
        advance(LiveRooms.ENDED_HOLD);
        tick();
        assertTrue(join(open, guest("Gina", "198.51.100.7")).ticket.admitted());
    }
}

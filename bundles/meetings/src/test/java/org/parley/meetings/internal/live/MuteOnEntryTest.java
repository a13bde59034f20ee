package org.parley.meetings.internal.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingOptions;
import org.parley.meetings.internal.model.Schedule;

class MuteOnEntryTest extends LiveFixture {

    private final Meeting muted = new Meeting("MuteMuteMuteMuteMute01", 1_234_567_891L, OWNER.accountId(),
            OWNER.username(), TITLE, new Schedule(T0, Duration.ofHours(1), ZoneId.of("UTC"), null),
            new MeetingOptions(false, true, true, true, 100, false), null, T0, T0);

    @Test
    void everyoneButTheHostComesInMutedAndMayUnmuteThemselves() throws Exception {
        Person host = enter(muted, OWNER);
        Person bob = enter(muted, staff("bob", "192.0.2.2"));
        Person gina = enter(muted, guest("Gina", "198.51.100.7"));
        assertFalse(you(host).audioMuted(), "the host is not muted");
        assertTrue(you(bob).audioMuted(), "staff come in muted");
        assertTrue(you(gina).audioMuted(), "guests come in muted");
        assertTrue(host.channel.of(MeetingEvent.Joined.class).stream().map(MeetingEvent.Joined::participant)
                .allMatch(Participant::audioMuted), "the others see them muted");

        bob.send(new MeetingCommand.MediaState(false, false));
        Participant unmuted = host.channel.last(MeetingEvent.Updated.class).participant();
        assertTrue(unmuted.id().equals(bob.id()) && !unmuted.audioMuted(), "unmuting oneself is allowed");
    }

    private static Participant you(Person person) {
        return person.channel.last(MeetingEvent.Welcome.class).you();
    }
}

package org.parley.meetings.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.api.AuditEvent;
import org.parley.media.api.LegStats;
import org.parley.media.api.MediaConnection;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.internal.model.Meeting;

class AdminDeskTest extends LiveFixture {

    private static final AdminDesk.Admin ADMIN = new AdminDesk.Admin("root-admin", "192.0.2.99");

    private final Meeting open = meeting("AdminAdminAdminAdmin01", false, true, 100);
    private final FakeMedia media = new FakeMedia();
    private AdminDesk desk;

    @BeforeEach
    void start() throws Exception {
        rooms.mediaBound(media);
        everyoneIn(open);
        desk = new AdminDesk(rooms);
    }

    @Test
    void theAdminSeesEveryLiveMeetingAndItsRosterWithConnectionQuality() throws Exception {
        AdminDesk.LiveMeeting live = desk.live().get(0);
        assertEquals(open.id(), live.id());
        assertEquals(3, live.participants());
        assertTrue(live.hostPresent());
        bob.send(new MeetingCommand.MediaOffer("v=0 camera+mic", Map.of("0", "audio", "1", "video")));
        FakeMedia.Leg leg = media.last(bob.id());
        leg.stats = new LegStats(950, 95_000, 900, 90_000, 50, 3, 4.5, 21.0);
        leg.listener.connection(new MediaConnection(MediaConnection.State.CONNECTED, "tcp", null));
        List<AdminDesk.RosterEntry> roster = desk.roster(open.id()).orElseThrow();
        assertEquals(List.of(host.id(), bob.id(), gina.id()), roster.stream().map(e -> e.participant().id()).toList());
        ConnectionQuality quality = roster.get(1).connection();
        assertEquals("connected", quality.state());
        assertEquals("tcp", quality.transport());
        assertEquals(5.0, quality.lossPercent());
        assertEquals(21.0, quality.roundTripMillis());
        assertNull(roster.get(2).connection(), "no leg before the first offer");
        assertTrue(desk.roster("NotLiveNotLiveNotLive1").isEmpty());
    }

    @Test
    void removalByTheAdminIsTheHostsRemovalAuditedWithTheAdmin() throws Exception {
        bob.channel.clear();
        desk.remove(open.id(), gina.id(), true, ADMIN);
        assertEquals(CloseReason.REMOVED, gina.channel.closed);
        assertEquals(List.of(new MeetingEvent.Left(gina.id(), "removed")), bob.channel.events);
        AuditEvent removed = audit.of("meeting.remove").get(0);
        assertEquals("root-admin", removed.actor());
        assertEquals("192.0.2.99", removed.clientAddress());
        assertEquals(Map.of("target", gina.id(), "block", "true", "blocked", "address", "by", "admin"),
                removed.details());
        assertEquals("not-found", assertThrows(CommandRefused.class,
                () -> desk.remove(open.id(), gina.id(), false, ADMIN)).code());
        assertEquals("not-found", assertThrows(CommandRefused.class,
                () -> desk.remove("NotLiveNotLiveNotLive1", bob.id(), false, ADMIN)).code());
    }

    @Test
    void endingByTheAdminClosesEveryChannelAndIsAudited() {
        assertTrue(desk.end(open.id(), ADMIN));
        for (Person who : List.of(host, bob, gina)) {
            assertEquals(CloseReason.ENDED, who.channel.closed);
        }
        assertFalse(rooms.isLive(open.id()));
        assertEquals("root-admin", audit.of("meeting.end").get(0).actor());
        assertFalse(desk.end(open.id(), ADMIN), "not live any more");
        assertEquals(List.of(), desk.live());
    }
}

package org.parley.e2e;

import java.util.List;
import java.util.UUID;

/**
 * A meeting in progress for one test: an open meeting (no waiting room, guests welcome) with its host, a member and a
 * guest Gina attached over {@code /ws}, each from a client address of its own, welcomed, and with the {@code joined}
 * events of the others already read, so a test starts from quiet connections. Closing it drops the connections.
 */
final class LiveRoom implements AutoCloseable {

    /** One attached participant: its seat, its connection and the address it joined from. */
    record Attendee(MeetingFixture.Ticket ticket, Signal signal, String address) {

        String id() {
            return ticket.participant();
        }
    }

    final String meeting;
    final String title;
    final Attendee host;
    final Attendee member;
    final Attendee guest;

    private LiveRoom(String meeting, String title, Attendee host, Attendee member, Attendee guest) {
        this.meeting = meeting;
        this.title = title;
        this.host = host;
        this.member = member;
        this.guest = guest;
    }

    static LiveRoom open(Appliance parley, MeetingFixture people) {
        String title = "Live " + UUID.randomUUID();
        String meeting = people.createOpen(title);
        Attendee host = attend(parley, people.host(), meeting, "{}");
        Attendee member = attend(parley, people.member(), meeting, "{}");
        host.signal().next("joined");
        Attendee guest = attend(parley, parley.api(), meeting, "{\"name\": \"Gina\"}");
        host.signal().next("joined");
        member.signal().next("joined");
        return new LiveRoom(meeting, title, host, member, guest);
    }

    /** Joins one more guest with this name from an address of its own, welcomed. */
    Attendee newGuest(Appliance parley, String name) {
        return attend(parley, parley.api(), meeting, "{\"name\": " + Session.quote(name) + "}");
    }

    List<Attendee> everyone() {
        return List.of(host, member, guest);
    }

    /** Joins through REST from an address of its own and attaches; welcomed. */
    static Attendee attend(Appliance parley, Api caller, String meeting, String body) {
        String address = MeetingFixture.newAddress();
        MeetingFixture.Ticket ticket = MeetingFixture.Ticket.of(MeetingFixture.join(caller, meeting, body, address));
        return new Attendee(ticket, Signal.welcomed(parley, ticket.token()), address);
    }

    @Override
    public void close() {
        everyone().forEach(attendee -> attendee.signal().close());
    }
}

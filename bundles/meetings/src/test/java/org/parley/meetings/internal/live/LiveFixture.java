package org.parley.meetings.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.ClientAddress;
import org.parley.meetings.api.Attendance;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;
import org.parley.meetings.internal.keys.KeyFile;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingOptions;
import org.parley.meetings.internal.model.MeetingPolicy;
import org.parley.meetings.internal.model.Schedule;
import org.parley.meetings.internal.token.JoinTokens;
import org.parley.testing.support.FakeAudit;

/**
 * Live rooms with a clock the test moves, an in-memory audit and recording channels; people join as the join route
 * would let them and attach as a transport would. The ticker is {@link #tick()}, called by the test.
 */
abstract class LiveFixture {

    static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
    static final String TITLE = "Board: secret merger";
    static final Joiner OWNER = new Joiner("acc-host", "hostuser", "hostuser", address("192.0.2.1"));

    @TempDir
    Path dir;

    final FakeAudit audit = new FakeAudit();
    final AtomicReference<Instant> now = new AtomicReference<>(T0);
    MeetingPolicy policy = new MeetingPolicy(false, true, true, 100);
    JoinTokens tokens;
    LiveRooms rooms;
    Person host;
    Person bob;
    Person gina;

    @BeforeEach
    void startRooms() {
        tokens = new JoinTokens(new KeyFile(dir.resolve("keys/meetings-join.key"), "join-token key"));
        rooms = new LiveRooms(tokens, audit, now::get);
    }

    static ClientAddress address(String ip) {
        try {
            return new ClientAddress(InetAddress.getByName(ip), true);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Joiner staff(String username, String ip) {
        return new Joiner("acc-" + username, username, username, address(ip));
    }

    static Joiner guest(String name, String ip) {
        return new Joiner(null, null, name, address(ip));
    }

    /**
     * A meeting owned by {@link #OWNER}.
     *
     * @param waitingRoom guests wait for admission
     * @param joinBeforeHost others may come in before the host
     */
    static Meeting meeting(String id, boolean waitingRoom, boolean joinBeforeHost, int max) {
        return new Meeting(id, 1_234_567_890L, OWNER.accountId(), OWNER.username(), TITLE,
                new Schedule(T0, Duration.ofHours(1), ZoneId.of("UTC"), null),
                new MeetingOptions(waitingRoom, true, joinBeforeHost, false, max, false), null, T0, T0);
    }

    /** Someone who joined, with the channel its transport would hold. */
    final class Person {
        final LiveRooms.Ticket ticket;
        RecordingChannel channel = new RecordingChannel();
        Attendance attendance;

        Person(LiveRooms.Ticket ticket) {
            this.ticket = ticket;
        }

        String id() {
            return ticket.participantId();
        }

        Person attach() throws JoinRefused {
            attendance = rooms.attach(ticket.token().token(), channel);
            return this;
        }

        /** Attaches through a new channel, as a reloaded page would. */
        RecordingChannel reattach() throws JoinRefused {
            channel = new RecordingChannel();
            attach();
            return channel;
        }

        void send(MeetingCommand command) throws CommandRefused {
            attendance.send(command);
        }

        String refusal(MeetingCommand command) {
            return assertThrows(CommandRefused.class, () -> attendance.send(command), command.toString()).code();
        }

        JoinRefused.Reason attachRefusal() {
            return assertThrows(JoinRefused.class, () -> rooms.attach(ticket.token().token(),
                    new RecordingChannel())).reason();
        }

        Participant view(Person of) {
            return channel.last(MeetingEvent.Welcome.class).roster().stream()
                    .filter(p -> p.id().equals(of.id())).findFirst().orElseThrow();
        }
    }

    Person join(Meeting meeting, Joiner joiner) throws Exception {
        return new Person(rooms.join(meeting, policy, joiner));
    }

    Person enter(Meeting meeting, Joiner joiner) throws Exception {
        return join(meeting, joiner).attach();
    }

    String denial(Meeting meeting, Joiner joiner) {
        return assertThrows(JoinDenied.class, () -> rooms.join(meeting, policy, joiner)).code();
    }

    /** The owner as host, staff member bob and guest Gina enter the meeting, in that order. */
    void everyoneIn(Meeting meeting) throws Exception {
        host = enter(meeting, OWNER);
        bob = enter(meeting, staff("bob", "192.0.2.2"));
        gina = enter(meeting, guest("Gina", "198.51.100.7"));
    }

    void advance(Duration by) {
        now.set(now.get().plus(by));
    }

    void tick() {
        rooms.tick();
    }

    void assertAudited(String action, int count) {
        assertEquals(count, audit.of(action).size(), () -> action + " in " + audit.events);
    }
}

package org.parley.signaling.internal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.meetings.api.Attendance;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.api.LiveMeetings;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.ParticipantChannel;

/**
 * A meetings service for tests: the token {@code good.token.ok} attaches participant {@code p1} (its channel gets
 * the {@code onAttach} events first), {@code expired.token.x} is refused as expired, anything else as invalid.
 * Commands are recorded; {@link #refuseCommands} makes them fail with a {@link CommandRefused}. A media offer is
 * answered as meetings does, on the sending thread before {@code send} returns: {@code answer:<offer>}.
 */
public final class FakeMeetings implements LiveMeetings {

    public static final String GOOD_TOKEN = "good.token.ok";
    public static final String EXPIRED_TOKEN = "expired.token.x";

    private final List<MeetingCommand> commands = new ArrayList<>();
    private final AtomicInteger disconnects = new AtomicInteger();
    private final List<MeetingEvent> onAttach = new ArrayList<>();
    private volatile ParticipantChannel channel;
    private volatile CommandRefused refusal;

    @Override
    public Attendance attach(String joinToken, ParticipantChannel attached) throws JoinRefused {
        if (joinToken.equals(EXPIRED_TOKEN)) {
            throw new JoinRefused(JoinRefused.Reason.EXPIRED, "expired");
        }
        if (!joinToken.equals(GOOD_TOKEN)) {
            throw new JoinRefused(JoinRefused.Reason.INVALID, "invalid");
        }
        channel = attached;
        onAttach.forEach(attached::deliver);
        return new FakeAttendance();
    }

    public void deliverOnAttach(MeetingEvent event) {
        onAttach.add(event);
    }

    public void refuseCommands(String code, String message) {
        refusal = new CommandRefused(code, message);
    }

    public ParticipantChannel channel() {
        return channel;
    }

    public synchronized List<MeetingCommand> commands() {
        return List.copyOf(commands);
    }

    public int disconnects() {
        return disconnects.get();
    }

    private final class FakeAttendance implements Attendance {
        @Override
        public String participantId() {
            return "p1";
        }

        @Override
        public String meetingId() {
            return "m1";
        }

        @Override
        public void send(MeetingCommand command) throws CommandRefused {
            if (refusal != null) {
                throw refusal;
            }
            synchronized (FakeMeetings.this) {
                commands.add(command);
            }
            if (command instanceof MeetingCommand.MediaOffer offer) {
                channel.deliver(new MeetingEvent.MediaAnswer("answer:" + offer.sdp()));
            }
        }

        @Override
        public void disconnected() {
            disconnects.incrementAndGet();
        }
    }
}

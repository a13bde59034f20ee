package org.parley.meetings.internal.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.ParticipantChannel;

/** Keeps what the meeting sent one participant; delivering to a closed channel fails the test. */
final class RecordingChannel implements ParticipantChannel {

    final List<MeetingEvent> events = new CopyOnWriteArrayList<>();
    volatile CloseReason closed;

    @Override
    public void deliver(MeetingEvent event) {
        if (closed != null) {
            throw new AssertionError("delivered after close(" + closed + "): " + event);
        }
        events.add(event);
    }

    @Override
    public void close(CloseReason reason) {
        if (closed != null) {
            throw new AssertionError("closed twice: " + closed + ", then " + reason);
        }
        closed = reason;
    }

    <T extends MeetingEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends MeetingEvent> T last(Class<T> type) {
        List<T> found = of(type);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " in " + events);
        }
        return found.get(found.size() - 1);
    }

    void clear() {
        events.clear();
    }
}

package org.parley.meetings.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.api.Clock;
import org.parley.audit.api.AuditService;
import org.parley.media.api.MediaService;
import org.parley.meetings.api.Attendance;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.api.LiveMeetings;
import org.parley.meetings.api.ParticipantChannel;
import org.parley.meetings.internal.join.Drain;
import org.parley.meetings.internal.join.JoinDesk;
import org.parley.meetings.internal.join.PasscodeThrottle;
import org.parley.meetings.internal.keys.KeyFile;
import org.parley.meetings.internal.live.LiveRooms;
import org.parley.meetings.internal.live.Ticker;
import org.parley.meetings.internal.token.JoinTokens;

/**
 * The {@link LiveMeetings} service: live rooms in memory, join tokens signed with
 * {@code ${parley.var.lib}/keys/meetings-join.key}, the passcode throttle (5 failures per address, 20 wrong
 * passcodes per meeting, within 10 minutes) and the one-second ticker, stopped on deactivation (rooms are lost
 * with it: transports see their channels end with the bundle). Deleting a meeting ends it when live.
 * <p>
 * The media service is optional and dynamic: without it media commands are refused ({@code media is not available
 * on this server}) and everything else works; when it goes, the participants' legs are dropped; when it comes (back),
 * everyone admitted is told to offer afresh. SCR unbinds it after deactivation, which closes the legs of the rooms
 * lost with this component.
 */
@Component(service = {LiveMeetings.class, LiveMeetingsCore.class}, immediate = true)
public final class LiveMeetingsCore implements LiveMeetings {

    static final int FAILURES_PER_ADDRESS = 5;
    static final int FAILURES_PER_MEETING = 20;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);

    private final LiveRooms rooms;
    private final JoinDesk desk;
    private final Drain drain = new Drain();
    private final Ticker ticker;
    private final Meetings meetings;
    private final Consumer<String> deletions;

    @Activate
    public LiveMeetingsCore(@Reference MeetingsCore core, @Reference AuditService audit) {
        Clock clock = core.clock();
        JoinTokens tokens = new JoinTokens(new KeyFile(core.keys().resolve("meetings-join.key"), "join-token key"));
        PasscodeThrottle throttle = new PasscodeThrottle(FAILURES_PER_ADDRESS, FAILURES_PER_MEETING, FAILURE_WINDOW);
        this.meetings = core.meetings();
        this.rooms = new LiveRooms(tokens, audit, clock);
        this.desk = new JoinDesk(meetings, rooms, throttle, audit, clock, drain);
        this.deletions = rooms::deleted;
        meetings.addDeletionListener(deletions);
        this.ticker = new Ticker(List.of(rooms::tick, () -> throttle.prune(clock.now())));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindMedia(MediaService media) {
        rooms.mediaBound(media);
    }

    void unbindMedia(MediaService media) {
        rooms.mediaUnbound(media);
    }

    /** Stops the ticker; the rooms end with the component. */
    @Deactivate
    public void deactivate() {
        ticker.close();
        meetings.removeDeletionListener(deletions);
    }

    @Override
    public Attendance attach(String joinToken, ParticipantChannel channel) throws JoinRefused {
        return rooms.attach(joinToken, channel);
    }

    /** The join route's logic. */
    public JoinDesk desk() {
        return desk;
    }

    /** Whether joins are refused for maintenance ({@code parleyctl drain}). */
    public Drain drain() {
        return drain;
    }

    /** The rooms, for the ticker and tests. */
    public LiveRooms rooms() {
        return rooms;
    }
}

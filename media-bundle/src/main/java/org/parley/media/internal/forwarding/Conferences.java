package org.parley.media.internal.forwarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.parley.media.api.MediaListener;
import org.parley.media.api.MediaRefused;

/**
 * Meeting id → {@link Conference}: made when a meeting's first leg opens, dropped when its last leg leaves. The map
 * is touched only when legs open and close, never per packet; each conference then has its own lock.
 *
 * <p>Threading: thread-safe. Lock order: the map's own (inside {@code computeIfAbsent}) is never held while a
 * conference lock is taken, and a conference lock may be held while the map is changed ({@link #retire}).
 */
public final class Conferences {
    /** The API's id rule: URL-safe, 1 to 64 characters. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Map<String, Conference> byMeeting = new ConcurrentHashMap<>();
    private final TrafficLedger ledger = new TrafficLedger();
    private volatile MediaEnvironment environment;

    public Conferences(MediaEnvironment environment) {
        this.environment = environment;
    }

    /** New legs use {@code changed} (open legs keep what their SDP already advertises). */
    public void environment(MediaEnvironment changed) {
        environment = changed;
    }

    /** Opens {@code participantId}'s leg in {@code meetingId}'s conference, making the conference if needed. */
    public Leg open(String meetingId, String participantId, MediaListener listener) throws MediaRefused {
        check("meetingId", meetingId);
        check("participantId", participantId);
        if (listener == null) {
            throw new MediaRefused("a media listener is required");
        }
        while (true) {
            Conference conference = byMeeting.computeIfAbsent(meetingId, id -> new Conference(id, this));
            ReentrantLock lock = conference.lock();
            lock.lock();
            try {
                if (!conference.isRetired()) {
                    return conference.join(participantId, listener, environment);
                }
            } finally {
                lock.unlock();
            }
            // Its last leg left between the lookup and the lock: the next round makes a new conference.
        }
    }

    private static void check(String what, String id) throws MediaRefused {
        if (id == null || !ID.matcher(id).matches()) {
            throw new MediaRefused(what + " must be 1 to 64 letters, digits, '-' or '_'");
        }
    }

    /** The conference of {@code meetingId}, or null. */
    public Conference conference(String meetingId) {
        return byMeeting.get(meetingId);
    }

    /**
     * Runs every conference's timer ({@link Conference#tick}), each under its own lock, one after the other.
     */
    public void tick(long nowNanos, long wallMillis) {
        for (Conference c : byMeeting.values()) {
            ReentrantLock lock = c.lock();
            lock.lock();
            try {
                c.tick(nowNanos, wallMillis);
            } finally {
                lock.unlock();
            }
        }
    }

    /** Closes every leg (the service stops); listeners hear CLOSED. */
    public void closeAll() {
        for (Conference c : byMeeting.values()) {
            legsOf(c).forEach(Leg::close);
        }
    }

    /** Every meeting's legs with their state and counters. */
    public List<ConferenceSnapshot> snapshot() {
        List<ConferenceSnapshot> meetings = new ArrayList<>();
        for (Conference c : byMeeting.values()) {
            List<LegSnapshot> legs = new ArrayList<>();
            for (Leg leg : legsOf(c)) {
                legs.add(new LegSnapshot(leg.participantId(), leg.state().name(), leg.downlink().transport().kind(),
                        leg.stats()));
            }
            meetings.add(new ConferenceSnapshot(c.meetingId(), legs));
        }
        return meetings;
    }

    /** Traffic since start, closed legs included; never smaller than an earlier answer. */
    public TrafficTotals totals() {
        int conferences = 0;
        int legs = 0;
        TrafficLedger.Sum live = new TrafficLedger.Sum();
        for (Conference c : byMeeting.values()) {
            conferences++;
            for (Leg leg : legsOf(c)) {
                legs++;
                ledger.addLeg(leg, live);
            }
        }
        return ledger.totals(live, conferences, legs);
    }

    private static List<Leg> legsOf(Conference c) {
        ReentrantLock lock = c.lock();
        lock.lock();
        try {
            return List.of(c.legs());
        } finally {
            lock.unlock();
        }
    }

    /** Called by a conference whose last leg left, holding its lock. */
    void retire(Conference conference) {
        byMeeting.remove(conference.meetingId(), conference);
    }

    /** Called when a leg closes, holding its conference's lock: its counts stay in the totals. */
    void retireLeg(Leg leg) {
        ledger.retire(leg);
    }
}

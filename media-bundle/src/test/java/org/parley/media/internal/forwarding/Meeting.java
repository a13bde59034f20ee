package org.parley.media.internal.forwarding;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.sdp.Fingerprint;

/**
 * A test meeting: {@link Conferences} with a {@link ManualExecutor} (listener calls wait until the test runs them),
 * a {@link RecordingDirectory} and the server endpoint 203.0.113.7, UDP 10000, TCP 4443.
 */
final class Meeting {
    static final String ID = "m-1";
    static final String ADDRESS = "203.0.113.7";
    static final String SERVER_FINGERPRINT =
            "0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9:0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9";

    final ManualExecutor events = new ManualExecutor();
    final RecordingDirectory directory = new RecordingDirectory();
    final Conferences conferences;
    private final List<RecordingListener> listeners = new CopyOnWriteArrayList<>();

    Meeting() {
        this(null, LegMediaBuilder::unwired);
    }

    /** With {@code executor} for listener calls instead of the manual one (null = manual). */
    Meeting(Executor executor, LegMediaBuilder sendPaths) {
        conferences = new Conferences(new MediaEnvironment(
                new ServerEndpoint(ADDRESS, 10_000, 4443, new Fingerprint(SERVER_FINGERPRINT)), directory,
                executor == null ? events : executor, sendPaths, new SecureRandom()));
    }

    /** Participant {@code number} joins: opens its leg, not offering yet. */
    Participant open(int number) throws MediaRefused {
        RecordingListener listener = new RecordingListener();
        Leg leg = conferences.open(ID, "p" + number, listener);
        listener.watch(leg.conference());
        listeners.add(listener);
        return new Participant(leg, new FakeBrowser(number), listener);
    }

    /** Participant {@code number} joins, offers its microphone and camera, and takes the answer. */
    Participant join(int number) throws MediaRefused {
        Participant p = open(number);
        p.offer();
        return p;
    }

    /** Every listener call any participant got while holding a conference lock (there must be none). */
    List<String> violations() {
        List<String> all = new ArrayList<>();
        listeners.forEach(l -> all.addAll(l.violations()));
        return all;
    }

    Conference conference() {
        return conferences.conference(ID);
    }

    /** Runs every queued listener call and lets every browser answer the offers it got, until all is quiet. */
    void settle(Participant... participants) throws MediaRefused {
        boolean busy = true;
        while (busy) {
            busy = events.runAll() > 0;
            for (Participant p : participants) {
                busy |= p.answerPending();
            }
        }
    }
}

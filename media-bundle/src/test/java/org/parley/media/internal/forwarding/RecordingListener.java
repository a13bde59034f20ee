package org.parley.media.internal.forwarding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaListener;

/**
 * Records what a leg tells its owner and fails the test (by recording a violation) when a call arrives while the
 * calling thread holds a conference lock. Optionally reacts to offers, as a signaling layer relaying a browser's
 * answer would. Thread-safe.
 */
final class RecordingListener implements MediaListener {
    /** A server offer as delivered. */
    record Offer(long revision, String sdp) {
    }

    private final List<Offer> offers = new ArrayList<>();
    private final List<String> speakers = new ArrayList<>();
    private final List<MediaConnection> connections = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final List<Conference> watched = new ArrayList<>();
    private volatile BiConsumer<Long, String> onOffer = (revision, sdp) -> { };

    /** Records a violation whenever a call comes while this thread holds {@code conference}'s lock. */
    synchronized RecordingListener watch(Conference conference) {
        watched.add(conference);
        return this;
    }

    /** Runs {@code reaction} on every offer, after recording it (from the listener thread). */
    RecordingListener onOffer(BiConsumer<Long, String> reaction) {
        onOffer = reaction;
        return this;
    }

    @Override
    public void offer(long revision, String sdp) {
        synchronized (this) {
            check("offer");
            offers.add(new Offer(revision, sdp));
        }
        onOffer.accept(revision, sdp);
    }

    @Override
    public synchronized void speaker(String participantId) {
        check("speaker");
        speakers.add(participantId);
    }

    @Override
    public synchronized void connection(MediaConnection connection) {
        check("connection");
        connections.add(connection);
    }

    private void check(String call) {
        for (Conference c : watched) {
            if (c.lock().isHeldByCurrentThread()) {
                violations.add(call + " called holding the lock of " + c.meetingId());
            }
        }
    }

    synchronized List<Offer> offers() {
        return List.copyOf(offers);
    }

    synchronized Offer lastOffer() {
        return offers.isEmpty() ? null : offers.get(offers.size() - 1);
    }

    synchronized List<String> speakers() {
        return List.copyOf(speakers);
    }

    synchronized List<MediaConnection> connections() {
        return List.copyOf(connections);
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }
}

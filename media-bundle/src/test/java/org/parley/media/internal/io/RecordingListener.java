package org.parley.media.internal.io;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaListener;

/** Keeps what a leg told its owner. */
final class RecordingListener implements MediaListener {
    record Offer(long revision, String sdp) {
    }

    final List<Offer> offers = new CopyOnWriteArrayList<>();
    final List<MediaConnection> connections = new CopyOnWriteArrayList<>();
    final List<String> speakers = new CopyOnWriteArrayList<>();

    @Override
    public void offer(long revision, String sdp) {
        offers.add(new Offer(revision, sdp));
    }

    @Override
    public void speaker(String participantId) {
        speakers.add(participantId);
    }

    @Override
    public void connection(MediaConnection connection) {
        connections.add(connection);
    }

    MediaConnection lastConnection() {
        return connections.isEmpty() ? null : connections.get(connections.size() - 1);
    }
}

package org.parley.media.internal.forwarding;

import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaListener;

/** A listener that ignores every call; a test overrides the calls it watches. */
public class IgnoringListener implements MediaListener {
    @Override
    public void offer(long revision, String sdp) {
    }

    @Override
    public void speaker(String participantId) {
    }

    @Override
    public void connection(MediaConnection connection) {
    }
}

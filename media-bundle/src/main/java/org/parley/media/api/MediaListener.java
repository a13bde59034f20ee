package org.parley.media.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a media leg tells its owner. Called from a media thread that holds no lock of the media bundle, one call
 * at a time per leg, in order; implementations return quickly and may call back into the {@link MediaLeg}.
 */
@ConsumerType
public interface MediaListener {

    /** A new SDP offer to hand to the browser; answer it with {@link MediaLeg#answer}. */
    void offer(long revision, String sdp);

    /** The meeting's dominant speaker changed to {@code participantId}. */
    void speaker(String participantId);

    /** The leg's transport changed state (connected over UDP or TCP, failed with a cause, closed). */
    void connection(MediaConnection connection);
}

package org.parley.media.internal.pipeline;

import java.util.function.IntConsumer;
import org.parley.media.api.MediaLeg.Track;

/**
 * Feeds the audio levels of one participant's forwarded audio (RFC 6464, read by {@link RtpParseNode}) to its
 * conference's {@link DominantSpeaker} and reports a change of dominant speaker to {@code changes} with the new
 * slot. Placed after the {@link ForwardingGate}, so a muted participant never becomes the speaker. Passes every
 * packet.
 *
 * <p>Not thread-safe: the conference's thread under its lock. {@code changes} is called under that lock, so it
 * must only note the change (the conference tells the listeners after unlocking). Allocates nothing.
 */
public final class AudioLevelObserver extends Node {
    private final StreamTable streams;
    private final DominantSpeaker speakers;
    private final int slot;
    private final IntConsumer changes;

    /**
     * @param slot this participant's slot in {@code speakers}
     * @param changes receives the new dominant slot, under the conference's lock
     */
    public AudioLevelObserver(StreamTable streams, DominantSpeaker speakers, int slot, IntConsumer changes) {
        super("audio-level-observer");
        this.streams = streams;
        this.speakers = speakers;
        this.slot = slot;
        this.changes = changes;
    }

    @Override
    protected boolean process(PacketContext context) {
        if (context.rtcp || context.audioLevel < 0 || context.stream < 0
                || streams.track(context.stream) != Track.AUDIO) {
            return true;
        }
        int changed = speakers.record(slot, context.audioLevel, context.arrivalNanos);
        if (changed != DominantSpeaker.NO_CHANGE) {
            changes.accept(changed);
        }
        return true;
    }
}

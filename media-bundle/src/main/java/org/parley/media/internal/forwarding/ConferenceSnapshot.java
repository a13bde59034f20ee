package org.parley.media.internal.forwarding;

import java.util.List;

/** One meeting's legs as the statistics endpoint shows them. */
public record ConferenceSnapshot(String meetingId, List<LegSnapshot> legs) {

    /** An immutable copy of the legs. */
    public ConferenceSnapshot {
        legs = List.copyOf(legs);
    }
}

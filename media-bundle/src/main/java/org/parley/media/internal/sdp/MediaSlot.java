package org.parley.media.internal.sdp;

/**
 * One m-line of a participant's session as the server last described it: what it wrote ({@code plan}), whether
 * the m-line carries a track the SFU sends (created by a server re-offer) or the browser's own media, and where
 * it stands in JSEP's m-line life cycle (RFC 8829 §5.2.2).
 */
record MediaSlot(SectionPlan plan, boolean serverOwned, State state) {

    /** JSEP's life cycle of an m-line. */
    enum State {
        /** In use. */
        ACTIVE,
        /** Offered with port 0 by the server; the browser has not answered yet, so it may not be recycled. */
        REMOVING,
        /** Rejected in both the current offer and answer: may be recycled with a new mid (JSEP §5.2.2). */
        FREE
    }

    /** Whether this slot sends {@code track} (same msid). */
    boolean sends(Msid msid) {
        return state == State.ACTIVE && plan.track() != null && plan.track().msid().equals(msid);
    }

    /** The m-line's kind: its RTP setup's, or the m-line token's when rejected. */
    MediaKind kind() {
        return plan.rtp() != null ? plan.rtp().kind() : MediaKind.byToken(plan.media());
    }

    /** This slot offered with port 0, waiting for the answer before it can be recycled. */
    MediaSlot removing() {
        SectionPlan p = plan;
        return new MediaSlot(SectionPlan.rejected(p.mid(), p.media(), p.protocol(), p.formats()), serverOwned,
                State.REMOVING);
    }
}

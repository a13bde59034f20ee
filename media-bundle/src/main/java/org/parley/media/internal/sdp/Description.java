package org.parley.media.internal.sdp;

import java.util.List;

/**
 * A description the server has decided (its m-lines, version and DTLS role) but not yet written as SDP text. The
 * decision changes negotiation state and is taken under the conference lock; {@link #write} builds the text, which
 * takes milliseconds on a busy machine, after that lock is released, so that the media I/O thread never waits for it
 * (a wait of that length shows in the arrival times the browser's bandwidth estimator reads).
 *
 * <p>Immutable; {@link #write} may run on any thread.
 */
public record Description(List<SectionPlan> plans, LocalSession local, long version, Setup role) {

    public Description {
        plans = List.copyOf(plans);
    }

    /** The SDP text (RFC 8866). */
    public String write() {
        return DescriptionWriter.write(plans, local, version, role);
    }
}

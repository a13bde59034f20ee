package org.parley.media.internal.pipeline;

import java.util.Arrays;
import java.util.List;
import org.parley.media.internal.sdp.SectionPlan;

/**
 * Which media payload type each negotiated RTX payload type repairs ({@code a=fmtp:<rtx> apt=<media>}, RFC 4588
 * §8.6), as the last negotiation of one transport fixed them. Payload types are 7 bits, so a 128-entry table.
 *
 * <p>Mutable and not thread-safe: filled when an SDP is applied and read per packet, both under the conference's
 * lock.
 */
public final class RtxPayloadTypes {
    /** What {@link #repaired} returns for a payload type that is not a negotiated RTX type. */
    public static final int NONE = -1;
    private static final int PAYLOAD_TYPES = 128;

    private final int[] repaired = new int[PAYLOAD_TYPES];

    public RtxPayloadTypes() {
        Arrays.fill(repaired, NONE);
    }

    /** Takes the RTX payload types of the accepted m-lines of an answer ({@code Negotiation.sections()}). */
    public void learn(List<SectionPlan> sections) {
        Arrays.fill(repaired, NONE);
        for (SectionPlan section : sections) {
            if (!section.isRejected() && section.rtp().rtx() != null) {
                set(section.rtp().rtx().payloadType(), section.rtp().rtx().associatedPayloadType());
            }
        }
    }

    /** Declares {@code rtx} the RTX payload type of {@code media} (tests, and transports without SDP). */
    public void set(int rtx, int media) {
        if (rtx >= 0 && rtx < PAYLOAD_TYPES && media >= 0 && media < PAYLOAD_TYPES) {
            repaired[rtx] = media;
        }
    }

    /** The media payload type that RTX payload type {@code rtx} repairs, or {@link #NONE}. */
    public int repaired(int rtx) {
        return rtx >= 0 && rtx < PAYLOAD_TYPES ? repaired[rtx] : NONE;
    }
}

package org.parley.media.internal.pipeline;

import java.util.List;
import org.parley.media.internal.sdp.HeaderExtension;
import org.parley.media.internal.sdp.SectionPlan;

/**
 * The local identifiers (RFC 8285 §5) of the RTP header extensions the receive pipeline reads, as the last
 * negotiation of one transport fixed them; {@link #NONE} for an extension that was not negotiated. BUNDLE makes
 * one id mean one extension across the group (RFC 8843 §9.2), and browsers give an extension the same id on every
 * m-line, so one set per transport suffices; the first m-line that names an extension decides its id.
 *
 * <p>Mutable and not thread-safe: filled when an SDP is applied and read per packet, both under the conference's
 * lock.
 */
public final class ExtensionIds {
    /** The id of an extension that was not negotiated; no element has it (ids are 1–255). */
    public static final int NONE = -1;

    private int transportCc = NONE;
    private int audioLevel = NONE;
    private int mid = NONE;

    /** Takes the ids from the accepted m-lines of an answer or re-offer ({@code Negotiation.sections()}). */
    public void learn(List<SectionPlan> sections) {
        transportCc = NONE;
        audioLevel = NONE;
        mid = NONE;
        for (SectionPlan section : sections) {
            if (!section.isRejected()) {
                learnExtensions(section.rtp().extensions());
            }
        }
    }

    private void learnExtensions(List<HeaderExtension> extensions) {
        for (HeaderExtension extension : extensions) {
            switch (extension.uri()) {
                case HeaderExtension.TRANSPORT_CC -> transportCc = firstOf(transportCc, extension.id());
                case HeaderExtension.AUDIO_LEVEL -> audioLevel = firstOf(audioLevel, extension.id());
                case HeaderExtension.MID -> mid = firstOf(mid, extension.id());
                default -> {
                    // the SFU reads no other extension on receive
                }
            }
        }
    }

    private static int firstOf(int known, int candidate) {
        return known == NONE ? candidate : known;
    }

    /** Sets the ids directly (tests, and transports not negotiated by SDP). */
    public void set(int transportCcId, int audioLevelId, int midId) {
        transportCc = transportCcId;
        audioLevel = audioLevelId;
        mid = midId;
    }

    /** The transport-wide sequence number (draft-holmer-rmcat-transport-wide-cc-extensions-01 §2). */
    public int transportCc() {
        return transportCc;
    }

    /** The client-to-mixer audio level (RFC 6464 §3). */
    public int audioLevel() {
        return audioLevel;
    }

    /** The BUNDLE mid (RFC 8843 §15). */
    public int mid() {
        return mid;
    }
}

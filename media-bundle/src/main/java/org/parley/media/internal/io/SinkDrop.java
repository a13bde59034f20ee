package org.parley.media.internal.io;

import java.util.Locale;

/** Why the I/O side dropped a packet before any leg's pipeline saw it. */
public enum SinkDrop {
    /** Not STUN, DTLS, RTP or RTCP by its first byte, or too short for its header (RFC 7983 §7). */
    NOT_MEDIA,
    /** A STUN packet the ICE-lite responder did not answer with success (its outcome is counted too). */
    STUN_REFUSED,
    /** DTLS, RTP or RTCP from a 5-tuple no valid ICE check has bound to a leg. */
    UNKNOWN_SOURCE,
    /** DTLS before the leg's association started (the browser's offer was not answered yet). */
    DTLS_TOO_EARLY,
    /** The leg closed between the lookup and the pipeline. */
    LEG_CLOSED,
    /** A bug: a node or the responder threw; counted and logged, the loop goes on. */
    FAILED;

    /** The metric tag: lower case with dashes, e.g. {@code unknown-source}. */
    public String label() {
        return "io-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

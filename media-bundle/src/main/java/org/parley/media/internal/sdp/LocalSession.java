package org.parley.media.internal.sdp;

/**
 * The server's session identity towards one participant: the o= line's session id (RFC 8866 §5.2, a random
 * positive 62-bit number per JSEP RFC 8829 §5.2.1, kept for the whole session) and the transport it advertises.
 */
public record LocalSession(long sessionId, ServerTransport transport) {

    /** Refuses a negative session id. */
    public LocalSession {
        if (sessionId < 0 || transport == null) {
            throw new IllegalArgumentException("sessionId must be positive and transport given");
        }
    }
}

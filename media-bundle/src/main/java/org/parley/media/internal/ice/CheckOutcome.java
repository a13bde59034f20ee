package org.parley.media.internal.ice;

import java.nio.charset.StandardCharsets;

/**
 * What {@link IceLiteResponder} did with one datagram, and so which counter it bumped. Each outcome either answers
 * (success or an error code) or drops silently, as the cited rule says.
 */
public enum CheckOutcome {
    /** Authenticated Binding request: success response with XOR-MAPPED-ADDRESS (RFC 8445 §7.3). */
    ANSWERED(0, null, true),
    /** Not a well-formed STUN message (lengths that lie, truncated, wrong cookie): discarded (RFC 8489 §6.3). */
    MALFORMED(-1, null, false),
    /** A response or indication, or another method: ICE-lite sends no requests and answers only Binding. */
    NOT_A_BINDING_REQUEST(-1, null, false),
    /** FINGERPRINT present but wrong: silently discarded (RFC 8489 §7.3). */
    BAD_FINGERPRINT(-1, null, false),
    /** USERNAME or MESSAGE-INTEGRITY missing: 400 (RFC 8489 §9.1.3). */
    MISSING_CREDENTIALS(400, "Bad Request", false),
    /**
     * No endpoint has this local ufrag: dropped. RFC 8489 §9.1.3 would answer 401, but on a port shared by every
     * meeting the request cannot be tied to any session of ours, and answering would confirm to scanners that an
     * ICE agent listens; the browser's agent retransmits (RFC 8489 §6.2.1), times out and fails that pair.
     */
    UNKNOWN_UFRAG(-1, null, false),
    /** Known local ufrag but no {@code :remote} part, or a remote ufrag other than the SDP's: 401. */
    BAD_USERNAME(401, "Unauthenticated", false),
    /** MESSAGE-INTEGRITY does not match the local password: 401 without MESSAGE-INTEGRITY (RFC 8489 §9.1.3). */
    BAD_INTEGRITY(401, "Unauthenticated", false),
    /** Authenticated, but carries an unknown comprehension-required attribute: 420 (RFC 8489 §6.3.1.1). */
    UNKNOWN_ATTRIBUTE(420, "Unknown Attribute", true),
    /**
     * The browser claims ICE-CONTROLLED: 487 (RFC 8445 §7.3.1.1). A lite agent is always controlled against a
     * full agent (§6.1.1) and cannot take the controlling role, so it behaves as if its tie-breaker won.
     */
    ROLE_CONFLICT(487, "Role Conflict", true),
    /** The source is not an IP socket address, so XOR-MAPPED-ADDRESS cannot be written: dropped. */
    UNSUPPORTED_SOURCE(-1, null, false);

    private final int errorCode;
    private final byte[] reason;
    private final boolean authenticated;

    CheckOutcome(int errorCode, String reason, boolean authenticated) {
        this.errorCode = errorCode;
        this.reason = reason == null ? null : reason.getBytes(StandardCharsets.US_ASCII);
        this.authenticated = authenticated;
    }

    /** 0 for a success response, -1 for a silent drop, else the STUN error code sent. */
    public int errorCode() {
        return errorCode;
    }

    /** The reason phrase; shared, never to be written to. */
    byte[] reason() {
        return reason;
    }

    /** True when the response carries MESSAGE-INTEGRITY (the request passed authentication, RFC 8489 §9.1.4). */
    boolean authenticated() {
        return authenticated;
    }

    public boolean answers() {
        return errorCode >= 0;
    }
}

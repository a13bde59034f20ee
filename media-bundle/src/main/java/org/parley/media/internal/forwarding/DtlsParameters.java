package org.parley.media.internal.forwarding;

import org.parley.media.internal.sdp.Fingerprint;
import org.parley.media.internal.sdp.Setup;

/**
 * What a leg's DTLS handshake needs from the SDP (RFC 8842 §5, RFC 8122 §5): the server's role ({@link Setup#PASSIVE}
 * = DTLS server, the browser sends the ClientHello; {@link Setup#ACTIVE} = DTLS client) and the browser's
 * certificate fingerprint, which the handshake must check.
 */
public record DtlsParameters(Setup localRole, Fingerprint remoteFingerprint) {

    /** Whether the SFU is the DTLS server on this leg. */
    public boolean serverRole() {
        return localRole == Setup.PASSIVE;
    }
}

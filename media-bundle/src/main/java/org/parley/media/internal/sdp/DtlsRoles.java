package org.parley.media.internal.sdp;

/**
 * The DTLS role of the server (RFC 8842 §5.3, RFC 5763 §5): in the answer to an offer with actpass the server
 * takes passive (DTLS server, so the browser's ClientHello opens the association as soon as ICE succeeds);
 * to active it answers passive, to passive active. The role then stays for the session: re-offers write actpass
 * and the browser's answer must keep the other role, since a change would restart DTLS.
 */
final class DtlsRoles {

    private DtlsRoles() {
    }

    /** The server's role in an answer to {@code offered}. */
    static Setup answering(Setup offered) {
        return offered == Setup.PASSIVE ? Setup.ACTIVE : Setup.PASSIVE;
    }

    /** The role the browser must have while the server has {@code server}. */
    static Setup peerOf(Setup server) {
        return server == Setup.PASSIVE ? Setup.ACTIVE : Setup.PASSIVE;
    }
}

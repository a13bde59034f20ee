package org.parley.media.internal.dtls;

/** Why {@link DtlsAssociation#offer} dropped a received datagram; each reason has its own counter. */
public enum DtlsDrop {
    /** Not a sequence of whole DTLS 1.0/1.2 records ({@link DtlsRecordCheck}). */
    MALFORMED,
    /** Larger than {@link DtlsSettings#RECEIVE_LIMIT}: no datagram of ours is that large. */
    TOO_LARGE,
    /** From another source than the one the association is bound to (a ClientHello race or an attacker). */
    OTHER_PEER,
    /** The bounded queue to the handshake thread was full: that thread is not keeping up, or a peer floods us. */
    QUEUE_FULL,
    /** The association has failed or closed. */
    CLOSED,
    /** Application data after the handshake: WebRTC data channels are not negotiated (the SDP rejects them). */
    APPLICATION_DATA
}

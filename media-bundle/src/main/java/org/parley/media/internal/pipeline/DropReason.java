package org.parley.media.internal.pipeline;

/**
 * Why the receive pipeline stopped a packet from the participant. Each reason belongs to one node, so a count
 * names the node that dropped; {@link EndpointCounters} keeps one counter per reason and leg.
 */
public enum DropReason {
    /** SRTP or SRTCP before the DTLS handshake installed the inbound keys ({@link SrtpDecryptNode}). */
    NO_KEYS,
    /** RTP from an SSRC the participant's SDP never signalled ({@link SrtpDecryptNode}). */
    UNSIGNALLED_SSRC,
    /**
     * SRTCP from an unsignalled sender SSRC when the transport already learned its maximum of such sources, or
     * probed too many unknown ones this second ({@link SrtpDecryptNode}).
     */
    UNKNOWN_RTCP_SOURCE,
    /** SRTP or SRTCP too short, not version 2, or with a header that runs past its end ({@link SrtpDecryptNode}). */
    MALFORMED_SRTP,
    /** The SRTP or SRTCP authentication tag did not match ({@link SrtpDecryptNode}). */
    AUTHENTICATION_FAILED,
    /** An SRTP or SRTCP index already received, or older than the replay window ({@link SrtpDecryptNode}). */
    REPLAYED,
    /** A decrypted RTP packet whose header does not parse (RFC 3550 §5.1; {@link RtpParseNode}). */
    MALFORMED_RTP,
    /** A decrypted compound RTCP packet that does not parse (RFC 3550 §6.1; {@link RtcpParseNode}). */
    MALFORMED_RTCP,
    /** RTP of a track the host does not let through ({@link ForwardingGate}). */
    NOT_FORWARDED,
    /** RTX whose payload type is not a negotiated RTX type ({@link RtxDecapsulator}). */
    RTX_UNKNOWN_PAYLOAD_TYPE
}

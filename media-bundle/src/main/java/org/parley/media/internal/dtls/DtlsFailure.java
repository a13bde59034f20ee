package org.parley.media.internal.dtls;

/** Why a DTLS-SRTP handshake did not produce keys; each reason has its own counter and is logged once. */
public enum DtlsFailure {
    /** The peer's certificate does not match any fingerprint of its SDP (RFC 8122 §5, RFC 8827 §6.5). */
    FINGERPRINT_MISMATCH,
    /** The peer sent no certificate (RFC 5763 §5: WebRTC peers must present one). */
    MISSING_CERTIFICATE,
    /** The peer did not negotiate use_srtp (RFC 5764 §4.1), which WebRTC requires (RFC 8827 §6.5). */
    MISSING_USE_SRTP,
    /** use_srtp present but with no profile we support, an MKI we did not offer, or a profile we did not offer. */
    NO_COMMON_PROFILE,
    /** The handshake did not finish within {@link DtlsSettings#handshakeTimeoutMillis()}. */
    TIMEOUT,
    /** The peer sent a fatal alert. */
    ALERT_RECEIVED,
    /** Anything else BouncyCastle refused: bad messages, no common cipher suite or version, a bad signature. */
    PROTOCOL_ERROR,
    /** {@link DtlsAssociation#close()} was called before the handshake finished. */
    CLOSED
}

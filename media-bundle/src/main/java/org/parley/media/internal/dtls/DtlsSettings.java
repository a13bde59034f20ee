package org.parley.media.internal.dtls;

/**
 * Tunables of one association, from the media bundle's configuration.
 *
 * @param handshakeTimeoutMillis how long a handshake may take from its start on the executor (BouncyCastle's
 *                               overall handshake timeout); the browser retransmits within it (RFC 6347 §4.2.4)
 * @param queueCapacity          datagrams that may wait for the handshake thread; a flight is at most a handful
 *                               of datagrams, so a small bound suffices and caps what a flooding peer costs
 * @param sendLimit              the largest datagram we send (BC fragments handshake messages to fit): WebRTC
 *                               stacks use about 1200 bytes so that DTLS fits any path and TURN relay
 */
public record DtlsSettings(int handshakeTimeoutMillis, int queueCapacity, int sendLimit) {
    /** The largest datagram accepted: the receive loop's 1600-byte pool buffers cannot hold more anyway. */
    public static final int RECEIVE_LIMIT = 1600;
    /** The defaults: 10 s, 32 datagrams, 1200 bytes. */
    public static final DtlsSettings DEFAULTS = new DtlsSettings(10_000, 32, 1200);

    /**
     * @throws IllegalArgumentException when a value is out of its range
     */
    public DtlsSettings {
        if (handshakeTimeoutMillis < 100) {
            throw new IllegalArgumentException("DTLS handshake timeout must be at least 100 ms, was "
                    + handshakeTimeoutMillis);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("DTLS queue capacity must be at least 1, was " + queueCapacity);
        }
        if (sendLimit < 256 || sendLimit > RECEIVE_LIMIT) {
            throw new IllegalArgumentException("DTLS send limit must be 256.." + RECEIVE_LIMIT + " bytes, was "
                    + sendLimit);
        }
    }
}

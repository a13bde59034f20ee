package org.parley.media.internal.dtls;

/**
 * Sends one DTLS datagram to the peer through the endpoint's transport: a UDP send to the nominated address, or an
 * RFC 4571 framed write on the ICE-TCP connection. Called on the executor thread running the association (never
 * the I/O thread), one call at a time per association; the implementation must be safe against the I/O thread's
 * own sends on the same transport.
 */
@FunctionalInterface
public interface DtlsSender {
    /**
     * @param datagram a fresh copy the callee owns and may queue; at most {@link DtlsSettings#sendLimit()} bytes
     */
    void send(byte[] datagram);
}

/**
 * DTLS-SRTP (RFC 5764) over DTLS 1.2 (RFC 6347) as WebRTC uses it (RFC 8827 §6.5, RFC 8842): one
 * {@link org.parley.media.internal.dtls.DtlsAssociation} per endpoint runs BouncyCastle's blocking DTLS engine in the
 * role the SDP's {@code a=setup} decided, with the bundle's self-signed ECDSA P-256
 * {@link org.parley.media.internal.dtls.DtlsCertificate}; it requires the use_srtp extension and a peer certificate
 * whose fingerprint matches the SDP's, and hands the exported SRTP master keys and salts out as an
 * {@link org.parley.media.internal.dtls.SrtpKeyMaterial} (this layer does not import srtp; the assembly makes the
 * SRTP sessions from it).
 *
 * <p>Threads: the I/O thread offers received DTLS datagrams (copied into a bounded queue, checked and dropped with a
 * counter when malformed, from a second source, or when the queue is full); the handshake and the reading of later
 * records (alerts, retransmitted flights) run on an executor the caller gives, one task at a time per association.
 * DTLS is not on the per-packet media path: a handshake's dozen datagrams may allocate. Imports transport only.
 */
package org.parley.media.internal.dtls;

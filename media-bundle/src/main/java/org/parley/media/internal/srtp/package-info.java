/**
 * SRTP and SRTCP (RFC 3711) with the profiles WebRTC negotiates over DTLS-SRTP (RFC 5764): AES_CM_128_HMAC_SHA1_80
 * and the AEAD profiles AEAD_AES_128_GCM / AEAD_AES_256_GCM (RFC 7714). A {@link
 * org.parley.media.internal.srtp.SrtpSession} holds one direction's session keys (derived once, RFC 3711 §4.3,
 * key derivation rate 0) and makes one {@link org.parley.media.internal.srtp.SrtpContext} per RTP SSRC and one
 * {@link org.parley.media.internal.srtp.SrtcpContext} per RTCP sender SSRC; a context protects or unprotects a packet
 * in place and refuses hostile input with a named {@link org.parley.media.internal.srtp.SrtpRefusal}, never an
 * exception. Imports only the transport layer (SRTP comes before RTP/RTCP, so the few header fields it needs are
 * read here). Nothing here is thread-safe: a session and its contexts belong to one meeting's thread.
 */
package org.parley.media.internal.srtp;

/**
 * The bottom layer of the media path: {@link org.parley.media.internal.transport.Packet} views over buffers from a
 * per-thread {@link org.parley.media.internal.transport.BufferPool}, the {@code ByteView} base of every flyweight,
 * and the RFC 7983 / RFC 9443 first-byte demultiplexing of one UDP port into STUN, DTLS, RTP and RTCP
 * ({@link org.parley.media.internal.transport.PacketClass}).
 * Imports no other media package. Nothing here is thread-safe: a pool and its packets belong to one receive thread.
 */
package org.parley.media.internal.transport;

/**
 * The bottom layer of the media path: {@link org.parley.media.internal.transport.Packet} views over buffers from a
 * per-thread {@link org.parley.media.internal.transport.BufferPool}, the {@code ByteView} base of every flyweight,
 * and the RFC 7983 / RFC 9443 first-byte demultiplexing of one UDP port into STUN, DTLS, RTP and RTCP
 * ({@link org.parley.media.internal.transport.PacketClass}); and the sockets: the shared UDP port
 * ({@link org.parley.media.internal.transport.UdpPort}) with a connected socket per bound peer
 * ({@link org.parley.media.internal.transport.UdpPeer}), and the passive ICE-TCP port
 * ({@link org.parley.media.internal.transport.IceTcpPort}, RFC 4571 framing), each with one I/O thread that hands
 * packets to a {@link org.parley.media.internal.transport.PacketSink}.
 * Imports no other media package. The views, pools and readers are not thread-safe: they belong to one I/O thread;
 * the ports' sends ({@link org.parley.media.internal.transport.PacketReply}) and counters may be used from any thread.
 */
package org.parley.media.internal.transport;

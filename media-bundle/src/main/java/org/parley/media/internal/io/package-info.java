/**
 * The SFU's I/O side (issue 7 items 1–3, 10): what the media sockets' threads do with every packet. One
 * {@link org.parley.media.internal.io.MediaSink} per I/O thread (the UDP port's, the ICE-TCP port's) classifies a
 * packet (RFC 7983), answers ICE checks (ICE-lite) and binds the browser's 5-tuple to its leg in the
 * {@link org.parley.media.internal.io.LegRegistry} (and the leg's transport to a path dedicated to the browser,
 * {@link org.parley.media.internal.io.LegBinder}), hands DTLS to the leg's association, and runs SRTP/SRTCP through
 * the leg's receive pipeline and the conference's router under the conference's lock. Hostile input is dropped and
 * counted ({@link org.parley.media.internal.io.SinkCounters}), never thrown out of the I/O loop.
 * {@link org.parley.media.internal.io.MediaPorts} opens and closes the sockets. Layer above forwarding; only
 * {@code service} imports it.
 */
package org.parley.media.internal.io;

/**
 * SDP for the SFU (signaling time, not the packet path): the parser of a browser's Unified Plan offer or answer
 * (RFC 8866 syntax, JSEP RFC 8829 rules, BUNDLE RFC 9143) into immutable records, the writer of the server's
 * ICE-lite answer, and the per-participant {@link org.parley.media.internal.sdp.Negotiation} that writes
 * server-initiated re-offers with stable m-line order and mids. Input is hostile: sizes are bounded
 * ({@link org.parley.media.internal.sdp.SdpLimits}) and every refusal is an
 * {@link org.parley.media.internal.sdp.SdpRefusal} naming the line. Parsers and writers are stateless and
 * thread-safe; a {@code Negotiation} is confined to its participant's signaling thread.
 */
package org.parley.media.internal.sdp;

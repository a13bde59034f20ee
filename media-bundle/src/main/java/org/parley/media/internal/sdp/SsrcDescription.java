package org.parley.media.internal.sdp;

/**
 * What {@code a=ssrc:<ssrc> <attribute>:<value>} lines (RFC 5576 §4.1) say about one SSRC: its CNAME and, in
 * Chrome's offers, its msid. Either may be null.
 */
public record SsrcDescription(long ssrc, String cname, Msid msid) {
}

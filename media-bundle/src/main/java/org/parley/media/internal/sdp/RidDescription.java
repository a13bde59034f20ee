package org.parley.media.internal.sdp;

/**
 * {@code a=rid:<id> <send|recv> [<restrictions>]} (RFC 8851 §4): one simulcast layer. Read and kept, not used
 * yet: the first increment forwards the single layer a browser sends without simulcast.
 */
public record RidDescription(String id, String direction, String restrictions) {
}

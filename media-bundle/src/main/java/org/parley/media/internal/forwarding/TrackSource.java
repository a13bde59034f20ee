package org.parley.media.internal.forwarding;

import org.parley.media.api.MediaLeg.Track;

/**
 * One track a browser's offer sends to the SFU, as its m-line announces it: which track (so the screen is told
 * apart from the camera), the m-line's mid, its SSRC and, for video with RTX (RFC 4588, FID group), the RTX SSRC
 * or -1.
 */
record TrackSource(Track track, String mid, long ssrc, long rtxSsrc) {
}

package org.parley.media.internal.sdp;

/**
 * A track the SFU forwards to a participant: another participant's audio, camera or screen share. The SFU sends
 * it with the sender's msid (RFC 8830), its SSRC and, for video, its RTX SSRC (FID group, RFC 5576 §4.2) or -1.
 * Two tracks are the same track when their msid is equal.
 */
public record RemoteTrack(MediaKind kind, Msid msid, long ssrc, long rtxSsrc, String cname) {
    private static final long MAX_SSRC = 0xFFFF_FFFFL;

    /** Validates the values (programming errors: they come from the SFU's own state). */
    public RemoteTrack {
        if (kind != MediaKind.AUDIO && kind != MediaKind.VIDEO) {
            throw new IllegalArgumentException("a remote track is audio or video");
        }
        if (msid == null || msid.track() == null || ssrc < 0 || ssrc > MAX_SSRC || rtxSsrc < -1 || rtxSsrc > MAX_SSRC) {
            throw new IllegalArgumentException("msid with a track id, SSRC 0..2^32-1 and RTX SSRC -1..2^32-1 needed");
        }
        if (cname == null || cname.isEmpty() || !cname.chars().allMatch(c -> SdpTokens.isTokenChar((char) c))) {
            throw new IllegalArgumentException("cname must be a non-empty token");
        }
    }
}

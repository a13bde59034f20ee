package org.parley.media.internal.pipeline;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.media.api.MediaLeg.Track;

/**
 * The RTP streams one participant transport may receive, from the SSRCs its last offer signalled: SSRC → a small
 * stream index (0 to {@link #MAX_STREAMS} - 1) that names the track (audio, camera, screen) and whether the stream
 * is the RTX (RFC 4588) of another. Per-stream state in the nodes lives in arrays indexed by it.
 *
 * <p>{@link #apply} keeps the index of an SSRC that stays with the same track and role, so replay windows and loss
 * statistics survive a renegotiation; a freed index may be reused for another SSRC, which nodes notice by comparing
 * the SSRC they keep with {@link #ssrc(int)}. {@link #lookup} is open addressing over {@code int} keys (32 slots,
 * at most half full, linear probing): no boxing, no allocation.
 *
 * <p>Not thread-safe: applied when an SDP is applied and read per packet, both under the conference's lock.
 */
public final class StreamTable {
    /** Streams per transport: audio, camera and screen, each with RTX, leave room for simulcast layers later. */
    public static final int MAX_STREAMS = 16;
    /** What {@link #lookup} returns for an SSRC that was not signalled. */
    public static final int NOT_FOUND = -1;
    /** RTP clock rates of the SFU's codecs: Opus (RFC 7587 §4.1) and VP8 (RFC 7741 §6.1). */
    static final int AUDIO_CLOCK_RATE = 48_000;
    static final int VIDEO_CLOCK_RATE = 90_000;
    private static final int SLOT_BITS = 5;
    private static final int SLOTS = 1 << SLOT_BITS;
    private static final int SLOT_MASK = SLOTS - 1;
    /** Fibonacci hashing: spreads SSRCs that differ only in their high bits over the slots. */
    private static final int GOLDEN_RATIO = 0x9E37_79B9;

    private final int[] slotSsrcs = new int[SLOTS];
    /** Stream index + 1 per slot; 0 = empty, so a zeroed array is an empty table. */
    private final int[] slotStreams = new int[SLOTS];
    private final int[] ssrcs = new int[MAX_STREAMS];
    private final Track[] tracks = new Track[MAX_STREAMS];
    /** For an RTX stream, the index of the stream it repairs; else {@link #NOT_FOUND}. */
    private final int[] repaired = new int[MAX_STREAMS];
    private int size;

    /**
     * Makes {@code signalled} (media streams and their RTX) the transport's streams; unlisted SSRCs stop being
     * received at once.
     *
     * @throws IllegalArgumentException when an SSRC repeats or there are more than {@link #MAX_STREAMS} SSRCs
     */
    public void apply(List<SignalledStream> signalled) {
        check(signalled);
        Track[] nextTracks = new Track[MAX_STREAMS];
        int[] nextSsrcs = new int[MAX_STREAMS];
        int[] nextRepaired = new int[MAX_STREAMS];
        int[] pending = new int[2 * signalled.size()];
        int pendingCount = 0;
        for (int i = 0; i < signalled.size(); i++) {
            SignalledStream stream = signalled.get(i);
            pending[pendingCount++] = keepOrClaim(nextTracks, nextSsrcs, stream.track(), (int) stream.ssrc(), false);
            pending[pendingCount++] = stream.rtxSsrc() < 0 ? NOT_FOUND
                    : keepOrClaim(nextTracks, nextSsrcs, stream.track(), (int) stream.rtxSsrc(), true);
        }
        for (int i = 0; i < signalled.size(); i++) {
            SignalledStream stream = signalled.get(i);
            int media = place(nextTracks, nextSsrcs, pending[2 * i], stream.track(), (int) stream.ssrc());
            nextRepaired[media] = NOT_FOUND;
            if (stream.rtxSsrc() >= 0) {
                int rtx = place(nextTracks, nextSsrcs, pending[2 * i + 1], stream.track(), (int) stream.rtxSsrc());
                nextRepaired[rtx] = media;
            }
        }
        System.arraycopy(nextTracks, 0, tracks, 0, MAX_STREAMS);
        System.arraycopy(nextSsrcs, 0, ssrcs, 0, MAX_STREAMS);
        System.arraycopy(nextRepaired, 0, repaired, 0, MAX_STREAMS);
        rebuildSlots();
    }

    private static void check(List<SignalledStream> signalled) {
        Set<Long> seen = new HashSet<>();
        for (SignalledStream stream : signalled) {
            if (!seen.add(stream.ssrc()) || stream.rtxSsrc() >= 0 && !seen.add(stream.rtxSsrc())) {
                throw new IllegalArgumentException("SSRC signalled twice: " + stream);
            }
        }
        if (seen.size() > MAX_STREAMS) {
            throw new IllegalArgumentException(seen.size() + " SSRCs signalled; at most " + MAX_STREAMS);
        }
    }

    /** The current index of {@code ssrc} when it keeps its track and role (claimed in the next arrays), else -1. */
    private int keepOrClaim(Track[] nextTracks, int[] nextSsrcs, Track track, int ssrc, boolean rtx) {
        int current = lookup(ssrc);
        if (current == NOT_FOUND || tracks[current] != track || isRtx(current) != rtx) {
            return NOT_FOUND;
        }
        nextTracks[current] = track;
        nextSsrcs[current] = ssrc;
        return current;
    }

    /** Puts {@code ssrc} at its kept index, or at the first index no stream of the next table claims. */
    private static int place(Track[] nextTracks, int[] nextSsrcs, int kept, Track track, int ssrc) {
        int index = kept;
        if (index == NOT_FOUND) {
            index = 0;
            while (nextTracks[index] != null) {
                index++;
            }
        }
        nextTracks[index] = track;
        nextSsrcs[index] = ssrc;
        return index;
    }

    private void rebuildSlots() {
        Arrays.fill(slotStreams, 0);
        size = 0;
        for (int stream = 0; stream < MAX_STREAMS; stream++) {
            if (tracks[stream] != null) {
                int slot = home(ssrcs[stream]);
                while (slotStreams[slot] != 0) {
                    slot = slot + 1 & SLOT_MASK;
                }
                slotSsrcs[slot] = ssrcs[stream];
                slotStreams[slot] = stream + 1;
                size++;
            }
        }
    }

    private static int home(int ssrc) {
        return ssrc * GOLDEN_RATIO >>> Integer.SIZE - SLOT_BITS;
    }

    /** The stream index of {@code ssrc}, or {@link #NOT_FOUND} when it was not signalled. */
    public int lookup(int ssrc) {
        int slot = home(ssrc);
        while (slotStreams[slot] != 0) {
            if (slotSsrcs[slot] == ssrc) {
                return slotStreams[slot] - 1;
            }
            slot = slot + 1 & SLOT_MASK;
        }
        return NOT_FOUND;
    }

    /** Signalled SSRCs (media and RTX). */
    public int size() {
        return size;
    }

    /** Whether {@code stream} is in use. */
    public boolean active(int stream) {
        return tracks[stream] != null;
    }

    /** The SSRC of an active stream. */
    public int ssrc(int stream) {
        return ssrcs[stream];
    }

    /** The track of an active stream; null for an unused index. */
    public Track track(int stream) {
        return tracks[stream];
    }

    public boolean isRtx(int stream) {
        return repaired[stream] != NOT_FOUND && tracks[stream] != null;
    }

    /** For an RTX stream the index of the stream it repairs, else {@link #NOT_FOUND}. */
    public int repairedStream(int stream) {
        return tracks[stream] == null ? NOT_FOUND : repaired[stream];
    }

    /** Whether the stream carries video (camera or screen; media or RTX). */
    public boolean isVideo(int stream) {
        return tracks[stream] == Track.VIDEO || tracks[stream] == Track.SCREEN;
    }

    /** The RTP clock rate of the stream's codec. */
    public int clockRate(int stream) {
        return tracks[stream] == Track.AUDIO ? AUDIO_CLOCK_RATE : VIDEO_CLOCK_RATE;
    }
}

package org.parley.media.internal.pipeline;

import java.util.Arrays;
import org.parley.media.internal.srtp.SrtcpContext;
import org.parley.media.internal.srtp.SrtpSession;

/**
 * The inbound SRTCP contexts of one transport, by sender SSRC. A browser sends RTCP from SSRCs its SDP signalled
 * (its senders' reports) and from ones it never signals: a receive-only browser reports and sends feedback from a
 * fixed local SSRC (libwebrtc uses 1 for video and 0xFA17FA17 for audio). So, unlike RTP, an unsignalled sender
 * SSRC is learned, but only after its first packet authenticated with the session key (as libsrtp 2 does for
 * {@code ssrc_any_inbound}), at most {@link #MAX_LEARNED} of them, and at most {@link #PROBES_PER_SECOND} unknown
 * SSRCs are tried per second, so neither garbage nor a participant with keys can make the SFU hold unbounded
 * state. When the table is full the least recently used context of the same kind is evicted (its replay window
 * restarts, which at worst lets a replayed report through once).
 *
 * <p>Not thread-safe: the conference's thread. Trying an unknown SSRC allocates one context (a rate-capped cost);
 * known SSRCs allocate nothing.
 */
final class SrtcpContexts {
    /** Unsignalled sender SSRCs kept per transport (a browser uses one or two). */
    static final int MAX_LEARNED = 4;
    /** Unknown sender SSRCs tried (one context allocated each) per second. */
    static final int PROBES_PER_SECOND = 8;
    private static final int CAPACITY = StreamTable.MAX_STREAMS + MAX_LEARNED;
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final int[] ssrcs = new int[CAPACITY];
    private final SrtcpContext[] contexts = new SrtcpContext[CAPACITY];
    private final boolean[] learned = new boolean[CAPACITY];
    private final long[] lastUsedNanos = new long[CAPACITY];
    private SrtpSession session;
    private int size;
    private int learnedCount;
    private long probeSecondStart = Long.MIN_VALUE;
    private int probesThisSecond;

    /** Forgets every context: a new DTLS session brings new keys and fresh windows (RFC 3711 §3.2.1). */
    void reset(SrtpSession newSession) {
        session = newSession;
        Arrays.fill(contexts, null);
        size = 0;
        learnedCount = 0;
    }

    /** The context of {@code ssrc} when known, else null. */
    SrtcpContext known(int ssrc, long nowNanos) {
        for (int i = 0; i < size; i++) {
            if (ssrcs[i] == ssrc) {
                lastUsedNanos[i] = nowNanos;
                return contexts[i];
            }
        }
        return null;
    }

    /** A new context for a signalled SSRC, kept at once (the stream table bounds how many there are). */
    SrtcpContext signalled(int ssrc, long nowNanos) {
        SrtcpContext context = session.rtcpContext(ssrc);
        keep(ssrc, context, false, nowNanos);
        return context;
    }

    /** A candidate context for an unsignalled SSRC, or null when this second's probes are spent. */
    SrtcpContext probe(int ssrc, long nowNanos) {
        if (nowNanos - probeSecondStart >= SECOND_NANOS || probeSecondStart == Long.MIN_VALUE) {
            probeSecondStart = nowNanos;
            probesThisSecond = 0;
        }
        if (probesThisSecond >= PROBES_PER_SECOND) {
            return null;
        }
        probesThisSecond++;
        return session.rtcpContext(ssrc);
    }

    /** Keeps a probed context whose first packet authenticated. */
    void learn(SrtcpContext context, long nowNanos) {
        keep(context.ssrc(), context, true, nowNanos);
    }

    private void keep(int ssrc, SrtcpContext context, boolean isLearned, long nowNanos) {
        int at;
        if (isLearned && learnedCount >= MAX_LEARNED) {
            at = leastRecentlyUsed(true);
        } else if (size == CAPACITY) {
            at = leastRecentlyUsed(false);
        } else {
            at = size++;
            learned[at] = false;
        }
        learnedCount += (isLearned ? 1 : 0) - (learned[at] ? 1 : 0);
        ssrcs[at] = ssrc;
        contexts[at] = context;
        learned[at] = isLearned;
        lastUsedNanos[at] = nowNanos;
    }

    /** The least recently used entry, among the learned ones only or among all; the table is not empty. */
    private int leastRecentlyUsed(boolean onlyLearned) {
        int oldest = -1;
        for (int i = 0; i < size; i++) {
            if ((learned[i] || !onlyLearned) && (oldest < 0 || lastUsedNanos[i] - lastUsedNanos[oldest] < 0)) {
                oldest = i;
            }
        }
        return oldest;
    }

    /** Contexts held (signalled and learned). */
    int size() {
        return size;
    }

    int learnedCount() {
        return learnedCount;
    }
}

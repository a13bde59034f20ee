package org.parley.media.internal.dtls;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One association's counters: datagrams dropped per {@link DtlsDrop}, handshakes failed per {@link DtlsFailure},
 * handshakes established and associations closed by the peer. Written by the I/O thread (drops) and the executor
 * thread (the rest), read by anyone (metrics sum them over endpoints); lock-free, and owned by one association, so
 * nothing here is shared between meetings.
 */
public final class DtlsCounters {
    private static final int FAILURES_START = DtlsDrop.values().length;
    private static final int ESTABLISHED = FAILURES_START + DtlsFailure.values().length;
    private static final int CLOSED_BY_PEER = ESTABLISHED + 1;

    private final AtomicLongArray counts = new AtomicLongArray(CLOSED_BY_PEER + 1);

    void countDrop(DtlsDrop reason) {
        counts.incrementAndGet(reason.ordinal());
    }

    void countFailure(DtlsFailure reason) {
        counts.incrementAndGet(FAILURES_START + reason.ordinal());
    }

    void countEstablished() {
        counts.incrementAndGet(ESTABLISHED);
    }

    void countClosedByPeer() {
        counts.incrementAndGet(CLOSED_BY_PEER);
    }

    /** Datagrams dropped for this reason. */
    public long drops(DtlsDrop reason) {
        return counts.get(reason.ordinal());
    }

    /** Handshakes that failed for this reason (0 or 1 for one association). */
    public long failures(DtlsFailure reason) {
        return counts.get(FAILURES_START + reason.ordinal());
    }

    /** Handshakes that produced keys (0 or 1 for one association). */
    public long established() {
        return counts.get(ESTABLISHED);
    }

    /** Established associations the peer ended with close_notify or a fatal alert. */
    public long closedByPeer() {
        return counts.get(CLOSED_BY_PEER);
    }
}

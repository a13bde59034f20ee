package org.parley.media.internal.srtp;

/** One counter per {@link SrtpRefusal}, read by metrics later; counting allocates nothing. Not thread-safe. */
final class RefusalCounters {
    private static final SrtpRefusal[] REASONS = SrtpRefusal.values();

    private final long[] counts = new long[REASONS.length];

    /** Counts {@code reason} and returns it, so a refusal is counted where it is returned. */
    SrtpRefusal count(SrtpRefusal reason) {
        counts[reason.ordinal()]++;
        return reason;
    }

    long get(SrtpRefusal reason) {
        return counts[reason.ordinal()];
    }
}

package org.parley.signaling.internal.connection;

/**
 * Decides, message by message, whether a client is within its rate: within it the message passes; over it the
 * message is refused ({@code too-many}); after {@code refusalsBeforeClose} refusals in a row the connection is
 * closed (4008). A message that passes resets the count. Not thread-safe: used by the connection's reader.
 */
final class FloodGuard {

    enum Verdict { PASS, REFUSE, CLOSE }

    private final TokenBucket bucket;
    private final int refusalsBeforeClose;
    private int refusedInRow;

    FloodGuard(TokenBucket bucket, int refusalsBeforeClose) {
        this.bucket = bucket;
        this.refusalsBeforeClose = refusalsBeforeClose;
    }

    Verdict next() {
        if (bucket.tryTake()) {
            refusedInRow = 0;
            return Verdict.PASS;
        }
        refusedInRow++;
        return refusedInRow >= refusalsBeforeClose ? Verdict.CLOSE : Verdict.REFUSE;
    }
}

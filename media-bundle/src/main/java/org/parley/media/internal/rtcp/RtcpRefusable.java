package org.parley.media.internal.rtcp;

/**
 * The refusal of the last {@code wrap} with the sizes that caused it, shared by the compound iterator and the
 * packet views; kept as fields so that refusing a packet allocates nothing.
 */
abstract class RtcpRefusable {

    private RtcpRefusal refusal = RtcpRefusal.NONE;
    private int refusedNeed;
    private int refusedHave;

    final RtcpRefusal refuse(RtcpRefusal reason, int need, int have) {
        refusal = reason;
        refusedNeed = need;
        refusedHave = have;
        return reason;
    }

    final RtcpRefusal accept() {
        return refuse(RtcpRefusal.NONE, 0, 0);
    }

    /** The last refusal ({@link RtcpRefusal#NONE} after a successful wrap). */
    public final RtcpRefusal refusal() {
        return refusal;
    }

    /** What the refused field needed (bytes, or the expected version/type/format). */
    public final int refusedNeed() {
        return refusedNeed;
    }

    /** What the packet had for the refused field. */
    public final int refusedHave() {
        return refusedHave;
    }
}

package org.parley.media.internal.sdp;

/**
 * A session description refused as hostile or unusable. The message names the line (1-based; 0 when the refusal
 * concerns the exchange as a whole, e.g. glare) and what was wrong, so it can be sent back to the browser and
 * logged without the SDP itself. Checked on purpose: every caller of a parser must decide what the peer is told.
 */
public final class SdpRefusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final int lineNumber;

    /** A refusal of line {@code lineNumber} (0 for the whole description). */
    public SdpRefusal(int lineNumber, String reason) {
        super(lineNumber > 0 ? "SDP line " + lineNumber + ": " + reason : "SDP refused: " + reason, null,
                false, false);
        this.lineNumber = lineNumber;
    }

    /** The 1-based line the refusal is about, or 0 when it concerns the whole description. */
    public int lineNumber() {
        return lineNumber;
    }
}

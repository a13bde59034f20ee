package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * The format list of an RTP m-line: payload types 0-127 (RFC 3550 §5.1, 7 bits). With rtcp-mux, 64-95 are
 * refused: their marker-bit forms 192-223 collide with RTCP packet types (RFC 5761 §4).
 */
final class PayloadTypes {
    static final int MAX = 127;
    private static final int RTCP_CONFLICT_FIRST = 64;
    private static final int RTCP_CONFLICT_LAST = 95;

    private PayloadTypes() {
    }

    /** Whether an m-line with {@code protocol} carries RTP (its formats are payload types). */
    static boolean isRtp(String protocol) {
        return protocol.contains("RTP/");
    }

    /** The payload types of an RTP m-line's {@code formats}, refused when one is bad or repeated. */
    static List<Integer> parse(SdpLine mLine, List<String> formats) throws SdpRefusal {
        List<Integer> pts = new ArrayList<>();
        for (String format : formats) {
            int pt = SdpTokens.integer(mLine, format, 0, MAX, "payload type");
            if (pt >= RTCP_CONFLICT_FIRST && pt <= RTCP_CONFLICT_LAST) {
                throw mLine.refuse("payload type " + pt + " collides with RTCP under rtcp-mux (RFC 5761 §4)");
            }
            if (pts.contains(pt)) {
                throw mLine.refuse("payload type " + pt + " listed twice");
            }
            pts.add(pt);
        }
        return pts;
    }
}

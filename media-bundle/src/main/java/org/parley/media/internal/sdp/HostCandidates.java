package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * The server's host candidates as {@code a=candidate} values (RFC 8839 §5.1):
 * <pre>
 *   candidate:&lt;foundation&gt; &lt;component&gt; &lt;transport&gt; &lt;priority&gt;
 *             &lt;address&gt; &lt;port&gt; typ host [tcptype passive]           RFC 6544 §4.5
 * </pre>
 * Priority (RFC 8445 §5.1.2.1) = 2^24 * type preference + 2^8 * local preference + (256 - component id), with
 * type preference 126 for host candidates, local preference 65535 for the single UDP candidate and, for TCP,
 * 2^13 * direction preference + other preference (RFC 6544 §4.2) with direction preference 4 (passive host)
 * and other preference 8191, so UDP always wins over TCP. One component: RTCP is multiplexed (RFC 5761).
 */
final class HostCandidates {
    static final int COMPONENT_RTP = 1;
    private static final int HOST_TYPE_PREFERENCE = 126;
    private static final int UDP_LOCAL_PREFERENCE = 65535;
    private static final int TCP_PASSIVE_DIRECTION_PREFERENCE = 4;
    private static final int TCP_OTHER_PREFERENCE = 8191;
    private static final String UDP_FOUNDATION = "1";
    private static final String TCP_FOUNDATION = "2";

    private HostCandidates() {
    }

    static long priority(int localPreference) {
        return ((long) HOST_TYPE_PREFERENCE << 24) + ((long) localPreference << 8) + (256 - COMPONENT_RTP);
    }

    static long udpPriority() {
        return priority(UDP_LOCAL_PREFERENCE);
    }

    static long tcpPriority() {
        return priority((TCP_PASSIVE_DIRECTION_PREFERENCE << 13) + TCP_OTHER_PREFERENCE);
    }

    /** The candidate attribute values (without "a="), UDP first. */
    static List<String> of(ServerTransport t) {
        List<String> candidates = new ArrayList<>();
        candidates.add("candidate:" + UDP_FOUNDATION + " " + COMPONENT_RTP + " udp " + udpPriority() + " "
                + t.address() + " " + t.udpPort() + " typ host");
        if (t.tcpPort() != 0) {
            candidates.add("candidate:" + TCP_FOUNDATION + " " + COMPONENT_RTP + " tcp " + tcpPriority() + " "
                    + t.address() + " " + t.tcpPort() + " typ host tcptype passive");
        }
        return candidates;
    }
}

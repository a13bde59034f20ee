package org.parley.http.internal.server;

import java.util.ArrayList;
import java.util.List;
import org.parley.api.NetworkRange;

/**
 * The trusted proxies setting as ranges. A hand-edited {@code .cfg} file gives one string, so entries may also be
 * separated by commas or blanks within one value.
 */
public final class ProxyList {

    private ProxyList() {
    }

    /** @throws IllegalArgumentException naming the entry that is not an address or CIDR range */
    public static List<NetworkRange> parse(Iterable<?> values) {
        List<NetworkRange> ranges = new ArrayList<>();
        for (Object value : values) {
            for (String entry : String.valueOf(value).split("[,\\s]+")) {
                if (!entry.isEmpty()) {
                    ranges.add(NetworkRange.parse(entry));
                }
            }
        }
        return ranges;
    }
}

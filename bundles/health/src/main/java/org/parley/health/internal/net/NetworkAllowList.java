package org.parley.health.internal.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.api.NetworkRange;

/**
 * The callers allowed to reach a loopback-only endpoint: loopback always, plus the configured CIDR networks.
 * Immutable and thread-safe.
 */
public final class NetworkAllowList {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private final List<NetworkRange> networks;

    private NetworkAllowList(List<NetworkRange> networks) {
        this.networks = List.copyOf(networks);
    }

    /**
     * Parses the configured entries; each may itself be a comma or space separated list, as a hand-edited
     * {@code .cfg} file tends to write it. Blank entries are ignored.
     *
     * @throws IllegalArgumentException naming the first entry that is not a network
     */
    public static NetworkAllowList parse(String... entries) {
        List<NetworkRange> parsed = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            for (String part : SEPARATORS.split(entry == null ? "" : entry.trim())) {
                if (!part.isEmpty()) {
                    parsed.add(NetworkRange.parse(part));
                }
            }
        }
        return new NetworkAllowList(parsed);
    }

    /** Whether a caller at {@code address} is allowed in; {@code null} (unknown caller) never is. */
    public boolean permits(InetAddress address) {
        if (address == null) {
            return false;
        }
        if (address.isLoopbackAddress()) {
            return true;
        }
        return networks.stream().anyMatch(network -> network.contains(address));
    }

    /** How many networks beyond loopback are allowed. */
    public int size() {
        return networks.size();
    }
}

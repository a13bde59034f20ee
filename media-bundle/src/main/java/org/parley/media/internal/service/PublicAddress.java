package org.parley.media.internal.service;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The address the SDP candidates advertise: the configured one (a host name or IP literal, for NAT), else the first
 * non-loopback address of an interface that is up — IPv4 before IPv6, link-local never — else the loopback address
 * (a machine without a network, as in tests). Never resolves names: the browser does, with the name as written.
 */
final class PublicAddress {
    static final String LOOPBACK = "127.0.0.1";

    private PublicAddress() {
    }

    /** {@code configured} when set, else this host's first usable address. */
    static String of(String configured) {
        if (!configured.isEmpty()) {
            return configured;
        }
        List<InetAddress> candidates = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    candidates.addAll(Collections.list(nic.getInetAddresses()));
                }
            }
        } catch (SocketException e) {
            return LOOPBACK;
        }
        return choose(candidates);
    }

    /** The first usable IPv4 address of {@code addresses}, else the first usable IPv6, else loopback. */
    static String choose(List<InetAddress> addresses) {
        InetAddress v6 = null;
        for (InetAddress a : addresses) {
            if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
                continue;
            }
            if (a instanceof Inet4Address) {
                return a.getHostAddress();
            }
            if (v6 == null) {
                v6 = a;
            }
        }
        return v6 == null ? LOOPBACK : withoutScope(v6.getHostAddress());
    }

    /** An IPv6 literal without its {@code %scope} (not valid in SDP). */
    private static String withoutScope(String literal) {
        int scope = literal.indexOf('%');
        return scope < 0 ? literal : literal.substring(0, scope);
    }
}

package org.parley.http.internal.tls;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names and addresses a browser may use to reach this host, for the self-signed certificate's
 * subjectAltName: localhost, the host name, every configured extra name and every address of every interface.
 */
public record HostIdentity(String primaryName, Set<String> dnsNames, Set<InetAddress> addresses) {

    public static HostIdentity discover(List<String> extraNames) {
        Set<String> names = new LinkedHashSet<>();
        String primary = hostName();
        names.add(primary);
        names.add("localhost");
        extraNames.stream().map(String::trim).filter(n -> !n.isEmpty()).forEach(names::add);
        return new HostIdentity(primary, names, interfaceAddresses());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static Set<InetAddress> interfaceAddresses() {
        Set<InetAddress> addresses = new LinkedHashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> !a.isLinkLocalAddress())
                        .map(HostIdentity::withoutScope)
                        .forEach(addresses::add);
            }
        } catch (SocketException e) {
            addresses.add(InetAddress.getLoopbackAddress());
        }
        return addresses;
    }

    private static InetAddress withoutScope(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            return address;
        }
    }
}

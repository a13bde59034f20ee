package org.parley.http.internal.filter;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.parley.api.ClientAddress;
import org.parley.api.NetworkRange;

/**
 * Works out who is calling. {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count only when the peer is a
 * trusted proxy; then the client is the right-most forwarded address that is not itself a trusted proxy (the
 * left part of the header is whatever the client chose to send, so it is never believed).
 */
public final class ClientAddressResolver {

    private final List<NetworkRange> trustedProxies;

    public ClientAddressResolver(List<NetworkRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    public ClientAddress resolve(String peer, boolean peerSecure, String forwardedFor, String forwardedProto) {
        InetAddress peerAddress = literal(peer);
        if (peerAddress == null) {
            throw new IllegalArgumentException("peer address '" + peer + "' is not an IP address");
        }
        if (!trusted(peerAddress)) {
            return new ClientAddress(peerAddress, peerSecure);
        }
        InetAddress client = peerAddress;
        if (forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                InetAddress hop = literal(hops[i].trim());
                if (hop == null) {
                    break;
                }
                client = hop;
                if (!trusted(hop)) {
                    break;
                }
            }
        }
        boolean secure = peerSecure;
        if (forwardedProto != null && !forwardedProto.isBlank()) {
            String[] protos = forwardedProto.split(",");
            secure = "https".equalsIgnoreCase(protos[protos.length - 1].trim());
        }
        return new ClientAddress(client, secure);
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /** Parses an address literal without ever asking DNS; null when it is not one. */
    private static InetAddress literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9A-Fa-f:.\\[\\]]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(text.startsWith("[") ? text.substring(1, text.length() - 1) : text);
        } catch (UnknownHostException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}

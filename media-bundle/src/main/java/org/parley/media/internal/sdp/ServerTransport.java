package org.parley.media.internal.sdp;

/**
 * The server's side of the one BUNDLE transport, as the answer and re-offers advertise it: its ICE credentials,
 * the sha-256 fingerprint of its DTLS certificate, and its host candidates (RFC 8445 §2.5: an ICE-lite agent
 * only has host candidates) — UDP on {@code udpPort} and, when {@code tcpPort} is not 0, passive ICE-TCP
 * (RFC 6544) on {@code tcpPort}, both on {@code address} (the advertised public IP literal or host name).
 */
public record ServerTransport(IceCredentials ice, Fingerprint fingerprint, String address, int udpPort,
        int tcpPort) {
    private static final int MAX_ADDRESS_CHARS = 253;
    private static final int MAX_PORT = 65535;

    /** Validates the values; a bad one is a configuration or programming error. */
    public ServerTransport {
        if (ice == null || fingerprint == null) {
            throw new IllegalArgumentException("ICE credentials and fingerprint are required");
        }
        if (address == null || address.isEmpty() || address.length() > MAX_ADDRESS_CHARS
                || !address.chars().allMatch(ServerTransport::isAddressChar)) {
            throw new IllegalArgumentException("address must be an IP literal or host name");
        }
        if (udpPort < 1 || udpPort > MAX_PORT || tcpPort < 0 || tcpPort > MAX_PORT) {
            throw new IllegalArgumentException("udpPort must be 1-65535 and tcpPort 0-65535");
        }
    }

    /** Letters, digits, '.', '-' and ':' (host names, IPv4 and IPv6 literals): nothing that could break a line. */
    private static boolean isAddressChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c == ':';
    }

    /** IP6 for an IPv6 literal, else IP4 (RFC 8866 §5.7 allows a host name with IP4). */
    public String addressType() {
        return address.indexOf(':') >= 0 ? "IP6" : "IP4";
    }
}

package org.parley.api;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Who is calling, as the front door resolved it: the peer address, or the address named by
 * {@code X-Forwarded-For} when (and only when) the peer is a configured trusted proxy; and whether the
 * caller reached Parley over HTTPS (directly, or through a trusted proxy's {@code X-Forwarded-Proto}).
 * The front door stores one per request under {@link #REQUEST_ATTRIBUTE}; audit, throttling and
 * loopback-only checks read it from there and never parse headers themselves.
 *
 * @param address the caller's address
 * @param secure whether the caller used HTTPS
 */
public record ClientAddress(InetAddress address, boolean secure) {

    /** The servlet request attribute that holds the caller's {@code ClientAddress}. */
    public static final String REQUEST_ATTRIBUTE = ClientAddress.class.getName();

    public ClientAddress {
        Objects.requireNonNull(address, "address");
    }

    /** True when the caller is on this machine (127.0.0.0/8 or ::1). */
    public boolean isLoopback() {
        return address.isLoopbackAddress();
    }

    /** The textual address, e.g. {@code 192.0.2.7} or {@code 2001:db8::1}. */
    public String host() {
        return address.getHostAddress();
    }

    @Override
    public String toString() {
        return host();
    }
}

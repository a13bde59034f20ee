package org.parley.media.internal.dtls;

import java.net.SocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Binds an association to the 5-tuple its first DTLS datagram came from, so that a ClientHello racing in from any
 * other source (another candidate pair, or an attacker who learnt the port) cannot take over or disturb the
 * handshake (RFC 8842 §5.1 ties one DTLS association to the transport; RFC 7983 demultiplexes by 5-tuple). The
 * receive loop hands only datagrams from ICE-validated sources to an endpoint; this guard is the second line.
 *
 * <p>Sources are compared by reference first (the receive loop hands back the same {@link SocketAddress} object
 * while the sender is unchanged) and then by {@code equals}, which allocates nothing. {@link #rebind} exists for
 * the endpoint to follow an ICE nomination to a new pair. Thread-safe.
 */
public final class DtlsPeerGuard {
    private final AtomicReference<SocketAddress> bound = new AtomicReference<>();

    /** True when {@code source} is the bound one, or becomes it because nothing was bound yet. */
    public boolean admits(SocketAddress source) {
        Objects.requireNonNull(source, "source");
        SocketAddress peer = bound.get();
        if (peer == null) {
            if (bound.compareAndSet(null, source)) {
                return true;
            }
            peer = bound.get();
        }
        return peer == source || peer.equals(source);
    }

    /** Moves the binding, e.g. when ICE nominates another pair for the same browser. */
    public void rebind(SocketAddress source) {
        bound.set(source);
    }

    /** The bound source, or {@code null} before the first datagram. */
    public SocketAddress boundSource() {
        return bound.get();
    }
}

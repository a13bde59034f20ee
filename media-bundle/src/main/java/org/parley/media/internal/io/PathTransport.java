package org.parley.media.internal.io;

import java.net.SocketAddress;
import java.util.Objects;
import org.parley.media.internal.forwarding.LegTransport;
import org.parley.media.internal.transport.PacketReply;
import org.parley.media.internal.transport.TransportKind;

/**
 * A leg's way to its browser once ICE bound it: the 5-tuple of the nominated (or first valid) check — the path it
 * came on (the UDP port, or one ICE-TCP connection) and the browser's address. Immutable; made only when the
 * 5-tuple changes, never per packet.
 */
final class PathTransport implements LegTransport {
    private final PacketReply path;
    private final SocketAddress browser;

    PathTransport(PacketReply path, SocketAddress browser) {
        this.path = Objects.requireNonNull(path, "path");
        this.browser = Objects.requireNonNull(browser, "browser");
    }

    /** Whether this is the 5-tuple {@code (path, source)}; allocation-free. */
    boolean is(PacketReply otherPath, SocketAddress source) {
        return path == otherPath && (browser == source || browser.equals(source));
    }

    @Override
    public void send(byte[] array, int offset, int length) {
        path.send(array, offset, length, browser);
    }

    @Override
    public String kind() {
        return path.kind() == TransportKind.TCP ? "tcp" : "udp";
    }

    @Override
    public String toString() {
        return "PathTransport[" + kind() + "]";
    }
}

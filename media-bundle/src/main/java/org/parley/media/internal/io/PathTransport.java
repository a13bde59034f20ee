package org.parley.media.internal.io;

import java.net.SocketAddress;
import java.util.Objects;
import org.parley.media.internal.forwarding.LegTransport;
import org.parley.media.internal.ice.EndpointDirectory;
import org.parley.media.internal.transport.PacketReply;
import org.parley.media.internal.transport.TransportKind;

/**
 * A leg's way to its browser once ICE bound it: the 5-tuple of the nominated (or first valid) check — the path the
 * check came on (the UDP port, or one ICE-TCP connection), the browser's address, and the path packets go out on:
 * the same, or the one the transport {@link PacketReply#dedicated dedicated} to the browser (a UDP socket connected
 * to it), which this transport owns. Immutable; made only when the 5-tuple changes, never per packet.
 */
final class PathTransport implements LegTransport {
    private final PacketReply origin;
    private final PacketReply path;
    private final SocketAddress browser;

    PathTransport(PacketReply origin, PacketReply path, SocketAddress browser) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.path = Objects.requireNonNull(path, "path");
        this.browser = Objects.requireNonNull(browser, "browser");
    }

    PathTransport(PacketReply path, SocketAddress browser) {
        this(path, path, browser);
    }

    /**
     * Whether {@code (reply, source)} is this 5-tuple; allocation-free. Through the shared path it is while the
     * dedicated one is open: the browser's datagrams queued before it was connected arrive there, and so does all
     * its traffic when the kernel routes it elsewhere (a host with several addresses). Once the dedicated path
     * closed (an ICE restart forgot it), a check on the shared path binds anew.
     */
    boolean is(PacketReply reply, SocketAddress source) {
        boolean samePath = reply == path || reply == origin && path.isOpen();
        return samePath && (browser == source || browser.equals(source));
    }

    /** Closes the dedicated path and forgets its 5-tuple; nothing for a shared path, which other legs use. */
    void release(EndpointDirectory<?> directory) {
        if (path != origin) {
            directory.unbindPath(path);
            path.disconnect();
        }
    }

    @Override
    public void send(byte[] array, int offset, int length) {
        path.send(array, offset, length, browser);
    }

    @Override
    public String kind() {
        return path.kind() == TransportKind.TCP ? "tcp" : "udp";
    }

    /** Where packets go out (the dedicated path, or the one the check came on). */
    PacketReply path() {
        return path;
    }

    @Override
    public String toString() {
        return "PathTransport[" + kind() + (path == origin ? "]" : ", dedicated]");
    }
}

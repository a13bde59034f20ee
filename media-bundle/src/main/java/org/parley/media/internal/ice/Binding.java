package org.parley.media.internal.ice;

import java.net.SocketAddress;
import org.parley.media.internal.transport.PacketReply;

/**
 * A 5-tuple bound to an endpoint after a valid ICE check: the path it came through (the UDP port, or one ICE-TCP
 * connection) and the remote address. The path is part of the key because a TCP connection and a UDP sender may
 * show equal addresses. Immutable.
 */
record Binding<T>(PacketReply path, SocketAddress source, DirectoryEntry<T> entry, int probeHash)
        implements ProbeTable.Hashed {

    Binding(PacketReply path, SocketAddress source, DirectoryEntry<T> entry) {
        this(path, source, entry, hash(path, source));
    }

    /**
     * The path by identity (one object per port or connection), the address by value: the JDK hands back the same
     * address object only while the sender does not change, so an interleaved sender arrives as an equal copy.
     */
    static int hash(PacketReply path, SocketAddress source) {
        return ProbeTable.mix(System.identityHashCode(path) * 31 + source.hashCode());
    }

    boolean matches(int hash, PacketReply otherPath, SocketAddress otherSource) {
        return probeHash == hash && path == otherPath && (source == otherSource || source.equals(otherSource));
    }
}

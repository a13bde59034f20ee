package org.parley.media.internal.io;

import java.net.SocketAddress;
import org.parley.media.internal.forwarding.Leg;
import org.parley.media.internal.forwarding.LegTransport;
import org.parley.media.internal.ice.DirectoryEntry;
import org.parley.media.internal.ice.EndpointDirectory;
import org.parley.media.internal.ice.IceEndpoint;
import org.parley.media.internal.transport.PacketReply;

/**
 * Binds a leg's transport after an answered check: at the first valid one, then over the pair the browser
 * nominates (RFC 8445 §7.3.1.5: USE-CANDIDATE). The transport asks the path for one dedicated to the browser (on
 * UDP a connected socket, so its datagrams are read and sent without an address), binds that 5-tuple too, and
 * closes the leg's previous dedicated path. Compares without allocating; allocates only on a change.
 *
 * <p>Threading: the I/O thread of the check's path; a leg ending meanwhile on another thread is handled (the new
 * path is closed, never leaked).
 */
final class LegBinder {
    private final EndpointDirectory<Leg> directory;

    LegBinder(EndpointDirectory<Leg> directory) {
        this.directory = directory;
    }

    void bind(DirectoryEntry<Leg> entry, PacketReply reply, SocketAddress source) {
        Leg leg = entry.endpoint();
        LegTransport current = leg.transport();
        if (current instanceof PathTransport bound && bound.is(reply, source)) {
            return;
        }
        IceEndpoint ice = leg.iceEndpoint();
        SocketAddress nominated = ice == null ? null : ice.nominatedSource();
        boolean nominatedHere = nominated != null && (nominated == source || nominated.equals(source));
        if (current != LegTransport.UNBOUND && !nominatedHere) {
            return;
        }
        PacketReply path = reply.dedicated(source);
        if (path != reply) {
            directory.bind(path, source, entry);
        }
        PathTransport next = new PathTransport(reply, path, source);
        leg.bind(next);
        // Leg.end marks the entry removed before it reads the transport to release it: one side sees the other.
        if (leg.transport() != next || entry.isRemoved()) {
            next.release(directory);
        } else if (current instanceof PathTransport previous) {
            previous.release(directory);
        }
    }
}

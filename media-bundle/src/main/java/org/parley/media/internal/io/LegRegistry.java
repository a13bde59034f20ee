package org.parley.media.internal.io;

import java.util.List;
import java.util.function.LongSupplier;
import org.parley.media.internal.forwarding.Leg;
import org.parley.media.internal.forwarding.LegDirectory;
import org.parley.media.internal.ice.DirectoryEntry;
import org.parley.media.internal.ice.EndpointDirectory;
import org.parley.media.internal.transport.PacketReply;

/**
 * The {@link LegDirectory} over the I/O threads' {@link EndpointDirectory}: a leg is findable by its ICE ufrag from
 * its browser's first offer (again after an ICE restart, under the same ufrag) and forgotten, with every 5-tuple and
 * ICE-TCP connection of it, the moment it ends. Also the one consent expiry (RFC 7675, issue 7 item 2): a leg whose
 * browser sent no valid check and no authenticated SRTP for the timeout fails.
 *
 * <p>Threading: thread-safe (the directory's write lock; never per packet).
 */
public final class LegRegistry implements LegDirectory {
    private final EndpointDirectory<Leg> directory = new EndpointDirectory<>();
    private final LongSupplier clockMillis;

    /** @param clockMillis the appliance clock, in milliseconds */
    public LegRegistry(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    @Override
    public void register(Leg leg) {
        // An ICE restart re-registers the same ufrag with the leg's new ICE state.
        forget(directory.remove(leg.localUfrag()));
        directory.register(leg.localUfrag(), leg, clockMillis.getAsLong());
    }

    @Override
    public void remove(Leg leg) {
        forget(directory.remove(leg.localUfrag()));
    }

    /** Ends the entry's ICE-TCP connections and its leg's dedicated UDP socket (an ICE restart makes a new one). */
    private void forget(DirectoryEntry<Leg> entry) {
        if (entry != null) {
            entry.paths().forEach(PacketReply::disconnect);
            if (entry.endpoint().transport() instanceof PathTransport bound) {
                bound.release(directory);
            }
        }
    }

    /**
     * Fails the legs without valid traffic for {@code timeoutMillis}; returns how many.
     */
    public int expire(long nowMillis, long timeoutMillis) {
        List<DirectoryEntry<Leg>> expired = directory.expire(nowMillis, timeoutMillis);
        String cause = "no media and no ICE consent from the browser for " + timeoutMillis / 1000 + " s";
        for (DirectoryEntry<Leg> entry : expired) {
            forget(entry);
            entry.endpoint().fail(cause);
        }
        return expired.size();
    }

    /** The directory the sinks look legs up in. */
    public EndpointDirectory<Leg> directory() {
        return directory;
    }
}

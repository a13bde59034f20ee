package org.parley.media.internal.ice;

import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.parley.media.internal.transport.PacketReply;

/**
 * Which endpoint a packet on the shared ports belongs to (issue 7, items 1 and 2): a STUN Binding request by the
 * local ufrag in its USERNAME ({@code ourUfrag:theirUfrag}, RFC 8445 §7.3), every other packet by its 5-tuple,
 * bound after a valid check ({@link #bind}); and which endpoints are no longer alive ({@link #expire}).
 *
 * <p>Lookups ({@link #findByUfrag}, {@link #findBySource}) run on the I/O threads for every packet: they read a
 * volatile, immutable {@link ProbeTable} (open addressing over a hash of the ufrag bytes as they sit in the
 * datagram, or of path identity and source address) and neither lock nor allocate. Every change — register,
 * remove, a new binding, expiry — builds the next table under one write lock and publishes it, so a removal takes
 * effect for every lookup that starts after {@link #remove} returns: the removed participant's next check is not
 * answered. The write lock is shared by all meetings, but only changes take it, never a packet; a binding that
 * exists already (consent checks every few seconds on the same pair) is found without it.
 *
 * <p>An endpoint keeps up to {@link #MAX_BINDINGS_PER_ENDPOINT} 5-tuples (a browser may send from several
 * candidates until it nominates one, RFC 8445 §7.3.1.5); a further one replaces its oldest. A 5-tuple bound anew
 * to another endpoint (a NAT reusing a port) moves there: only an authenticated check binds, so the newest wins.
 *
 * <p>Liveness: {@link DirectoryEntry#alive} records valid STUN or SRTP; {@link #expire} removes the entries not
 * alive for the timeout (counted from registration until the first valid packet) and returns them.
 *
 * @param <T> the owner's endpoint type (the service's transport endpoint)
 */
public final class EndpointDirectory<T> {
    /** 5-tuples kept per endpoint; a browser has a handful of host, reflexive and TCP candidates. */
    public static final int MAX_BINDINGS_PER_ENDPOINT = 8;

    private final Object writeLock = new Object();
    private final Map<String, DirectoryEntry<T>> byName = new HashMap<>();
    private volatile ProbeTable<DirectoryEntry<T>> byUfrag = ProbeTable.empty();
    private volatile ProbeTable<Binding<T>> bySource = ProbeTable.empty();

    /**
     * Registers {@code endpoint} under {@code localUfrag}, alive from {@code nowMillis}.
     *
     * @throws IllegalStateException when the ufrag is registered already (ufrags are random: a programming error)
     */
    public DirectoryEntry<T> register(String localUfrag, T endpoint, long nowMillis) {
        Objects.requireNonNull(endpoint, "endpoint");
        DirectoryEntry<T> entry = new DirectoryEntry<>(localUfrag, endpoint, nowMillis);
        synchronized (writeLock) {
            if (byName.putIfAbsent(localUfrag, entry) != null) {
                throw new IllegalStateException("ICE ufrag registered twice: " + localUfrag);
            }
            byUfrag = byUfrag.with(entry);
        }
        return entry;
    }

    /** Removes the endpoint with {@code localUfrag} and its bindings at once; returns it, or null if unknown. */
    public DirectoryEntry<T> remove(String localUfrag) {
        synchronized (writeLock) {
            DirectoryEntry<T> entry = byName.get(localUfrag);
            if (entry != null) {
                removeAll(List.of(entry));
            }
            return entry;
        }
    }

    private void removeAll(List<DirectoryEntry<T>> gone) {
        for (DirectoryEntry<T> entry : gone) {
            entry.markRemoved();
            byName.remove(entry.localUfrag());
        }
        byUfrag = byUfrag.without(DirectoryEntry::isRemoved);
        bySource = bySource.without(binding -> binding.entry().isRemoved());
    }

    /** The live endpoint whose local ufrag is {@code array[offset, offset + length)}, or null. Allocation-free. */
    public DirectoryEntry<T> findByUfrag(byte[] array, int offset, int length) {
        ProbeTable<DirectoryEntry<T>> table = byUfrag;
        int hash = DirectoryEntry.ufragHash(array, offset, length);
        for (int i = hash & table.mask(); ; i = (i + 1) & table.mask()) {
            DirectoryEntry<T> entry = table.slot(i);
            if (entry == null || entry.hasUfrag(hash, array, offset, length)) {
                return entry == null || entry.isRemoved() ? null : entry;
            }
        }
    }

    /** The live endpoint bound to {@code (path, source)}, or null. Allocation-free. */
    public DirectoryEntry<T> findBySource(PacketReply path, SocketAddress source) {
        ProbeTable<Binding<T>> table = bySource;
        int hash = Binding.hash(path, source);
        for (int i = hash & table.mask(); ; i = (i + 1) & table.mask()) {
            Binding<T> binding = table.slot(i);
            if (binding == null || binding.matches(hash, path, source)) {
                return binding == null || binding.entry().isRemoved() ? null : binding.entry();
            }
        }
    }

    /**
     * Binds {@code (path, source)} to {@code entry} after a valid ICE check from there. Cheap and lock-free when
     * the binding exists already; does nothing for a removed entry.
     */
    public void bind(PacketReply path, SocketAddress source, DirectoryEntry<T> entry) {
        if (findBySource(path, source) == entry || entry.isRemoved()) {
            return;
        }
        Binding<T> binding = new Binding<>(path, source, entry);
        synchronized (writeLock) {
            if (entry.isRemoved()) {
                return;
            }
            List<Binding<T>> dropped = new ArrayList<>();
            for (Binding<T> existing : bySource.elements()) {
                if (existing.matches(binding.probeHash(), path, source)) {
                    dropped.add(existing);
                }
            }
            if (entry.bindings().size() >= MAX_BINDINGS_PER_ENDPOINT) {
                dropped.add(entry.bindings().get(0));
            }
            forget(dropped);
            entry.bindings().add(binding);
            bySource = bySource.with(binding);
        }
    }

    /** Forgets every 5-tuple of {@code path} (an ICE-TCP connection that closed). */
    public void unbindPath(PacketReply path) {
        synchronized (writeLock) {
            List<Binding<T>> dropped = new ArrayList<>();
            for (Binding<T> existing : bySource.elements()) {
                if (existing.path() == path) {
                    dropped.add(existing);
                }
            }
            forget(dropped);
        }
    }

    private void forget(List<Binding<T>> dropped) {
        if (dropped.isEmpty()) {
            return;
        }
        for (Binding<T> binding : dropped) {
            binding.entry().bindings().remove(binding);
        }
        bySource = bySource.without(dropped::contains);
    }

    /**
     * Removes and returns the endpoints without valid traffic for {@code timeoutMillis} before {@code nowMillis}
     * (issue 7 item 2: 30 s by default, on the {@code Clock}). Their checks stop being answered at once.
     */
    public List<DirectoryEntry<T>> expire(long nowMillis, long timeoutMillis) {
        synchronized (writeLock) {
            List<DirectoryEntry<T>> expired = new ArrayList<>();
            for (DirectoryEntry<T> entry : byName.values()) {
                if (nowMillis - entry.lastAliveMillis() >= timeoutMillis) {
                    expired.add(entry);
                }
            }
            if (!expired.isEmpty()) {
                removeAll(expired);
            }
            return expired;
        }
    }

    /**
     * A {@link CredentialLookup} for one {@link IceLiteResponder} (one I/O thread) that finds the endpoint's
     * {@link IceEndpoint} through {@code iceOf} and remembers the entry it found for the caller.
     */
    public DirectoryCredentials<T> credentials(Function<? super T, IceEndpoint> iceOf) {
        return new DirectoryCredentials<>(this, iceOf);
    }

    /** Registered endpoints right now. */
    public int size() {
        return byUfrag.size();
    }

    /** Bound 5-tuples right now. */
    public int bindings() {
        return bySource.size();
    }
}

package org.parley.media.internal.forwarding;

/**
 * The registry the I/O threads find legs in: by our ICE ufrag in a STUN USERNAME, then by 5-tuple. A leg registers
 * when its browser's first offer gives the remote ufrag (again when that ufrag changes) and is removed the moment
 * it closes, so its checks stop being answered at once (issue 7, item 2).
 *
 * <p>Threading: called from signaling threads (open, offer, close) holding the leg's conference lock; must not block
 * on I/O or call back into the leg.
 */
public interface LegDirectory {

    /** A directory that remembers nothing (tests, and the service before sockets are wired). */
    LegDirectory NONE = new LegDirectory() {
        @Override
        public void register(Leg leg) {
            // Nothing to find legs for.
        }

        @Override
        public void remove(Leg leg) {
            // Nothing registered.
        }
    };

    /** Makes {@code leg} findable by {@link Leg#localUfrag()}, its ICE state being {@link Leg#iceEndpoint()}. */
    void register(Leg leg);

    /** Forgets {@code leg}: its ufrag and any 5-tuple bound to it. */
    void remove(Leg leg);
}

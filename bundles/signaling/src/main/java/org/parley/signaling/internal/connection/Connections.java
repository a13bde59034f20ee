package org.parley.signaling.internal.connection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The endpoint's open connections: makes them, ticks them (join timeout, close grace) and closes them all when the
 * endpoint stops. Thread-safe; the context may be replaced when the settings change (new connections use it).
 */
public final class Connections {

    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong counter = new AtomicLong();
    private volatile SignalingContext context;

    public Connections(SignalingContext context) {
        this.context = context;
    }

    public void update(SignalingContext changed) {
        this.context = changed;
    }

    /**
     * A new connection over {@code transport}, in the awaiting-join state.
     *
     * @param client the caller's address, for the log only
     */
    public Connection open(Transport transport, String client) {
        Connection connection = new Connection("ws-" + counter.incrementAndGet(), client, transport, context,
                open::remove);
        open.add(connection);
        return connection;
    }

    /** Runs each connection's timer work; called about once a second. */
    public void tick() {
        open.forEach(Connection::tick);
    }

    /** Closes every connection with 1001 (the clients reconnect and resume). */
    public void shutDown() {
        open.forEach(Connection::shutDown);
    }

    public int size() {
        return open.size();
    }
}

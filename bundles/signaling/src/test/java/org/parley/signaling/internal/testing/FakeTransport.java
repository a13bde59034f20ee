package org.parley.signaling.internal.testing;

import java.util.ArrayList;
import java.util.List;
import org.parley.signaling.internal.connection.Closing;
import org.parley.signaling.internal.connection.Transport;

/**
 * Records what a connection sends. Sends complete at once unless {@link #holdSends()} was called: then they wait
 * until {@link #completeSends()} or {@link #releaseSends()} (a client that does not read).
 */
public final class FakeTransport implements Transport {

    private final List<String> sent = new ArrayList<>();
    private final List<SendDone> pending = new ArrayList<>();
    private boolean holding;
    private Closing closed;
    private boolean aborted;

    @Override
    public synchronized void send(String text, SendDone done) {
        sent.add(text);
        if (holding) {
            pending.add(done);
            return;
        }
        done.done(null);
    }

    @Override
    public synchronized void close(Closing closing) {
        if (closed == null) {
            closed = closing;
        }
    }

    @Override
    public synchronized void abort() {
        aborted = true;
    }

    public synchronized void holdSends() {
        holding = true;
    }

    /** Completes the sends waiting now; later ones wait again. */
    public void completeSends() {
        complete(false);
    }

    /** Completes the sends waiting now, and later ones at once. */
    public void releaseSends() {
        complete(true);
    }

    private void complete(boolean release) {
        List<SendDone> waiting;
        synchronized (this) {
            holding = holding && !release;
            waiting = new ArrayList<>(pending);
            pending.clear();
        }
        waiting.forEach(done -> done.done(null));
    }

    public synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    public synchronized Closing closed() {
        return closed;
    }

    public synchronized boolean aborted() {
        return aborted;
    }
}

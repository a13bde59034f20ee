package org.parley.signaling.internal.connection;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The frames waiting to go to one client, sent one at a time and in order through the {@link Transport}'s
 * asynchronous send. {@link #offer} never blocks: it queues or, when {@code capacity} frames are already waiting
 * (a client that does not read), says no and lets the caller close the connection. A close can wait for the queue
 * ({@link #closeAfterQueued}) or cut it ({@link #closeNow}); after either, further frames are dropped.
 * Thread-safe.
 */
final class OutgoingQueue {

    private final Transport transport;
    private final int capacity;
    private final ArrayDeque<String> frames = new ArrayDeque<>();
    private boolean sending;
    private Closing closeWhenEmpty;
    private boolean finished;

    OutgoingQueue(Transport transport, int capacity) {
        this.transport = transport;
        this.capacity = capacity;
    }

    /** Queues a frame; false, with nothing queued, when the queue is full. */
    boolean offer(String frame) {
        synchronized (this) {
            if (finished || closeWhenEmpty != null) {
                return true;
            }
            if (frames.size() >= capacity) {
                return false;
            }
            frames.add(frame);
            if (!startSending()) {
                return true;
            }
        }
        pump();
        return true;
    }

    /** Closes once every frame queued so far has been sent. */
    void closeAfterQueued(Closing closing) {
        synchronized (this) {
            if (finished || closeWhenEmpty != null) {
                return;
            }
            closeWhenEmpty = closing;
            if (!startSending()) {
                return;
            }
        }
        pump();
    }

    /** Drops what waits and closes at once. */
    void closeNow(Closing closing) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finish();
        }
        transport.close(closing);
    }

    /** The connection is gone: drop everything, send nothing more. */
    synchronized void discard() {
        finish();
    }

    synchronized int size() {
        return frames.size();
    }

    private boolean startSending() {
        if (sending) {
            return false;
        }
        sending = true;
        return true;
    }

    private void finish() {
        finished = true;
        frames.clear();
    }

    /** Sends until the queue is empty or a send goes asynchronous (its callback then carries on). */
    private void pump() {
        while (true) {
            String next;
            Closing close = null;
            synchronized (this) {
                next = finished ? null : frames.poll();
                if (next == null) {
                    sending = false;
                    if (!finished && closeWhenEmpty != null) {
                        finished = true;
                        close = closeWhenEmpty;
                    }
                }
            }
            if (next == null) {
                if (close != null) {
                    transport.close(close);
                }
                return;
            }
            InFlight inFlight = new InFlight();
            transport.send(next, inFlight);
            if (inFlight.handOver()) {
                return;
            }
        }
    }

    /**
     * One send. When it completes before {@code send} returns the pump loop goes on (no recursion, however many
     * frames complete at once); otherwise the completion callback restarts the pump.
     */
    private final class InFlight implements Transport.SendDone {

        private static final int PENDING = 0;
        private static final int COMPLETED_INLINE = 1;
        private static final int HANDED_OVER = 2;
        private final AtomicInteger state = new AtomicInteger(PENDING);

        @Override
        public void done(Throwable failure) {
            if (failure != null) {
                // The transport reports the broken connection itself; nothing more can go out.
                discard();
            }
            if (!state.compareAndSet(PENDING, COMPLETED_INLINE)) {
                pump();
            }
        }

        boolean handOver() {
            return state.compareAndSet(PENDING, HANDED_OVER);
        }
    }
}

package org.parley.media.internal.forwarding;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A leg's serial queue to its {@link MediaListener}: calls are queued (from any thread, also under a conference
 * lock) and made later on a thread of the shared executor that holds no media lock, one at a time per leg and in
 * order, as the listener's contract promises. A listener may call back into its leg, or close it, from a callback.
 * Renegotiation work that must precede an offer runs on the same queue, so offers keep their order.
 *
 * <p>Threading: {@link #submit} is thread-safe (a small monitor private to this leg, never held while a task runs).
 */
final class LegEvents {
    private static final Logger LOG = LoggerFactory.getLogger(LegEvents.class);

    private final Executor executor;
    private final MediaListener listener;
    private final String meetingId;
    private final String participantId;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;
    private boolean closed;

    LegEvents(Executor executor, MediaListener listener, String meetingId, String participantId) {
        this.executor = executor;
        this.listener = listener;
        this.meetingId = meetingId;
        this.participantId = participantId;
    }

    void offer(long revision, String sdp) {
        submit(() -> listener.offer(revision, sdp));
    }

    void speaker(String speakerId) {
        submit(() -> listener.speaker(speakerId));
    }

    void connection(MediaConnection connection) {
        submit(() -> listener.connection(connection));
    }

    /** Delivers what is queued, then accepts nothing more (the leg's last event was queued before). */
    void close() {
        synchronized (tasks) {
            closed = true;
        }
    }

    /** Queues {@code task} behind the ones before it; ignored once closed. */
    void submit(Runnable task) {
        synchronized (tasks) {
            if (closed) {
                return;
            }
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            LOG.debug("Media events of {} dropped: the executor is shut down", participantId);
            synchronized (tasks) {
                tasks.clear();
                draining = false;
            }
        }
    }

    private void drain() {
        MDC.put("meeting", meetingId);
        MDC.put("participant", participantId);
        try {
            Runnable next;
            while ((next = poll()) != null) {
                run(next);
            }
        } finally {
            MDC.remove("meeting");
            MDC.remove("participant");
        }
    }

    private Runnable poll() {
        synchronized (tasks) {
            Runnable next = tasks.poll();
            if (next == null) {
                draining = false;
            }
            return next;
        }
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // A listener's failure must not stop the leg's later events.
            LOG.warn("A media listener failed: {}", e.toString());
        }
    }
}

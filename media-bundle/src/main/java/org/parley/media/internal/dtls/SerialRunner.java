package org.parley.media.internal.dtls;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one association's tasks (handshake, reading later records, sending close_notify) one at a time, in order,
 * on a shared executor — BouncyCastle's DTLS objects are not made for concurrent use — without holding a thread
 * between tasks. Each executor task runs one of ours, so a busy association cannot starve the others. When the
 * executor starts refusing (it is shutting down) while tasks are left, the thread that ran the last one runs them
 * too: by then they are short (a stopped association's tasks return at once, or send one close_notify).
 * Thread-safe; lock-free.
 */
final class SerialRunner {
    private final Executor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** True while a task of ours is queued in or running on the executor: at most one at a time. */
    private final AtomicBoolean scheduled = new AtomicBoolean();

    SerialRunner(Executor executor) {
        this.executor = executor;
    }

    /**
     * @throws RejectedExecutionException when the executor refuses and no task of ours is running to take this one
     */
    void run(Runnable task) {
        tasks.add(task);
        if (scheduled.compareAndSet(false, true)) {
            submit();
        }
    }

    private void submit() {
        try {
            executor.execute(this::runOne);
        } catch (RejectedExecutionException refused) {
            scheduled.set(false);
            throw refused;
        }
    }

    private void runOne() {
        try {
            Runnable task = tasks.poll();
            if (task != null) {
                task.run();
            }
        } finally {
            scheduleNextFromTask();
        }
    }

    private void scheduleNextFromTask() {
        while (!tasks.isEmpty()) {
            try {
                executor.execute(this::runOne);
                return; // still scheduled, by the new submission
            } catch (RejectedExecutionException shuttingDown) {
                for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                    task.run();
                }
            }
        }
        scheduled.set(false);
        // A task added after the emptiness check above but before the flag dropped would wait for the next run().
        if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
            scheduleNextFromTask();
        }
    }
}

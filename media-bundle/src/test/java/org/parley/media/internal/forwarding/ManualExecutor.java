package org.parley.media.internal.forwarding;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** An executor the test drives: tasks wait until {@link #runAll} runs them on the test's thread, in order. */
final class ManualExecutor implements Executor {
    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs tasks, and the tasks they queue, until none is left; returns how many ran. */
    int runAll() {
        int ran = 0;
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
            ran++;
        }
        return ran;
    }

    private synchronized Runnable poll() {
        return tasks.poll();
    }
}

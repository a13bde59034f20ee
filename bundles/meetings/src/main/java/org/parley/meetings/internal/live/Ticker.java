package org.parley.meetings.internal.live;

import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that runs the given jobs every second (resume windows, token refresh, unattached seats, throttle
 * windows). The jobs read the appliance {@code Clock}, so a test moves the clock and waits for the next tick instead
 * of sleeping through a timeout. A job that throws is logged and runs again at the next tick.
 */
public final class Ticker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

    private final ScheduledThreadPoolExecutor executor;

    public Ticker(List<Runnable> jobs) {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "parley-meetings-ticker");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.scheduleWithFixedDelay(() -> jobs.forEach(Ticker::run), 1, 1, TimeUnit.SECONDS);
    }

    private static void run(Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.error("A live-meetings timer job failed; it runs again in a second", e);
        }
    }

    /** Stops ticking; a tick under way finishes. */
    @Override
    public void close() {
        executor.shutdown();
    }
}

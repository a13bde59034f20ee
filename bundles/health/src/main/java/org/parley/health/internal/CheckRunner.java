package org.parley.health.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs health checks on a small pool of daemon threads, each within a time limit. A check that has not answered by
 * then counts as DOWN; it keeps its thread until it returns, and later requests wait on that same run instead of
 * starting another, so a hung check holds one thread at most and never blocks the endpoint. Checks beyond the
 * threads wait in a queue (within the same time limit): there may be more checks than threads.
 * Thread-safe.
 */
final class CheckRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CheckRunner.class);
    private static final long IDLE_THREAD_SECONDS = 60;

    private final Duration timeout;
    private final ThreadPoolExecutor executor;
    private final Map<HealthCheck, Run> runs = new ConcurrentHashMap<>();

    /** One call of {@link HealthCheck#check()}, started at {@code startedNanos}. */
    record Run(CompletableFuture<HealthResult> result, long startedNanos) {
    }

    CheckRunner(Duration timeout, int maxThreads) {
        this.timeout = timeout;
        this.executor = new ThreadPoolExecutor(maxThreads, maxThreads, IDLE_THREAD_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
        executor.allowCoreThreadTimeOut(true);
    }

    /** Starts {@code check} now, or joins the run of it that is still in flight. Call {@link #await} next. */
    Run start(HealthCheck check) {
        return runs.compute(check, (key, current) ->
                current != null && !current.result().isDone() ? current : submit(key));
    }

    /** The result of a run that {@link #start} returned, waiting at most until the run's time limit. */
    HealthResult await(Run run) {
        long deadline = run.startedNanos() + timeout.toNanos();
        try {
            return run.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            long runningMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - run.startedNanos());
            return HealthResult.down("no answer within " + timeout.toMillis() + " ms (running for "
                    + runningMillis + " ms)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthResult.down("interrupted while waiting for the check");
        } catch (ExecutionException e) {
            return failed(e.getCause());
        }
    }

    /** Drops what is remembered about a check that is gone. */
    void forget(HealthCheck check) {
        runs.remove(check);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private Run submit(HealthCheck check) {
        long now = System.nanoTime();
        try {
            return new Run(CompletableFuture.supplyAsync(() -> callSafely(check), executor), now);
        } catch (RejectedExecutionException e) {
            return new Run(CompletableFuture.completedFuture(HealthResult.down("not run: health checks are stopping")),
                    now);
        }
    }

    private static HealthResult callSafely(HealthCheck check) {
        try {
            HealthResult result = check.check();
            return result != null ? result : HealthResult.down("the check returned no result");
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Health check {} threw", check.getClass().getName(), e);
            return failed(e);
        }
    }

    private static HealthResult failed(Throwable cause) {
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return HealthResult.down("the check failed with " + cause.getClass().getSimpleName() + message);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "parley-health-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package org.parley.audit.internal.stream;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends audit lines to a syslog receiver from one background thread with a bounded queue, so a slow or dead
 * receiver never blocks or fails an audit write: messages it cannot take are dropped (they are still in the
 * database and {@code audit.log}) and a WARN naming host and port is logged at most every few minutes.
 */
public final class SyslogSender implements Closeable {

    static final int QUEUE_CAPACITY = 10_000;
    private static final Duration WARN_INTERVAL = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(SyslogSender.class);

    private final SyslogTarget target;
    private final SyslogTransport transport;
    private final ThreadPoolExecutor worker;
    private final WarningLimiter warnings;
    private final LongSupplier millis;
    private final long procId = ProcessHandle.current().pid();
    private String hostname;
    private volatile String problem;

    /** @param millis the appliance clock, for the warning rate limit and the time of a problem */
    public SyslogSender(SyslogTarget target, LongSupplier millis) {
        this.target = target;
        this.transport = SyslogTransport.open(target);
        this.millis = millis;
        this.warnings = new WarningLimiter(millis, WARN_INTERVAL);
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), runnable -> {
                    Thread thread = new Thread(runnable, "parley-audit-syslog");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public SyslogTarget target() {
        return target;
    }

    /** Queues one message; returns at once. */
    public void send(int severity, String msgId, Instant time, String json) {
        try {
            worker.execute(() -> deliver(severity, msgId, time, json));
        } catch (RejectedExecutionException e) {
            failed("its queue of " + QUEUE_CAPACITY + " messages is full, so messages are dropped");
        }
    }

    /** What is wrong with the receiver, or empty while messages go through. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void deliver(int severity, String msgId, Instant time, String json) {
        try {
            transport.send(SyslogMessage.format(target.facility(), severity, time, hostname(), procId, msgId, json));
            if (problem != null) {
                problem = null;
                warnings.reset();
                LOG.info("Audit syslog to {}:{} ({}) works again", target.host(), target.port(), target.protocol());
            }
        } catch (IOException | RuntimeException e) {
            failed("it is unreachable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private void failed(String why) {
        problem = "syslog receiver " + target.host() + ":" + target.port() + " (" + target.protocol() + ") failed at "
                + Instant.ofEpochMilli(millis.getAsLong()) + ": " + why;
        if (warnings.allow()) {
            LOG.warn("Audit syslog to {}:{} ({}) failed: {}; records are still stored and written to audit.log",
                    target.host(), target.port(), target.protocol(), why);
        }
    }

    private String hostname() {
        if (hostname == null) {
            try {
                hostname = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                hostname = "-";
            }
        }
        return hostname;
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(2, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            transport.close();
        } catch (IOException e) {
            LOG.debug("Closing the syslog connection to {} failed", target, e);
        }
    }
}

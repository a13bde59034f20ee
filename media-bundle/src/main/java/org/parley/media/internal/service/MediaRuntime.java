package org.parley.media.internal.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.parley.media.internal.dtls.DtlsCertificate;
import org.parley.media.internal.dtls.DtlsSettings;
import org.parley.media.internal.forwarding.Conferences;
import org.parley.media.internal.forwarding.DtlsEnvironment;
import org.parley.media.internal.forwarding.LegPipelines;
import org.parley.media.internal.forwarding.MediaEnvironment;
import org.parley.media.internal.forwarding.ServerEndpoint;
import org.parley.media.internal.forwarding.TrafficTotals;
import org.parley.media.internal.io.CoarseClock;
import org.parley.media.internal.io.LegRegistry;
import org.parley.media.internal.io.MediaPorts;
import org.parley.media.internal.io.SinkCounters;
import org.parley.media.internal.sdp.Fingerprint;
import org.parley.media.internal.transport.IceTcpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the media service runs while active, wired together: the DTLS certificate (one per activation, its
 * fingerprint in every SDP), the {@link LegRegistry} the I/O threads find legs in, the {@link Conferences}, the
 * sockets ({@link MediaPorts}), and the threads — {@code media-events} (listener calls), {@code media-dtls}
 * (handshakes), {@code media-timer} (every {@value #TICK_MILLIS} ms each conference's feedback, reports and
 * dominant speaker, under its lock; every second the consent expiry).
 *
 * <p>Lifecycle: {@link #start}, {@link #reconfigure} when settings change (sockets rebound when their settings
 * changed), {@link #stop}. Thread-safe.
 */
final class MediaRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(MediaRuntime.class);
    /** How often each conference's timer runs: transport-cc feedback every 50 ms wants a finer step. */
    static final long TICK_MILLIS = 20;
    static final int REBIND_SECONDS = 5;
    private static final long CONSENT_SWEEP_MILLIS = 1_000;
    private static final int EVENT_THREADS = 2;
    private static final long STOP_WAIT_MILLIS = 2_000;
    private static final int DTLS_QUEUE = 32;
    private static final int DTLS_SEND_LIMIT = 1200;

    private final LongSupplier clockMillis;
    private final SecureRandom random = new SecureRandom();
    private final DtlsCertificate certificate = DtlsCertificate.generate();
    private final CoarseClock coarse;
    private final LegRegistry legs;
    private final SinkCounters sinkCounters = new SinkCounters();
    private final ExecutorService events = Executors.newFixedThreadPool(EVENT_THREADS, daemons("media-events"));
    private final ExecutorService dtls = Executors.newCachedThreadPool(daemons("media-dtls"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("media-timer"));
    private final Conferences conferences;
    private volatile TransportSettings settings;
    private volatile MediaPorts ports;
    private volatile String portsProblem;
    private long lastSweepMillis;

    MediaRuntime(TransportSettings settings, LongSupplier clockMillis) {
        this.settings = settings;
        this.clockMillis = clockMillis;
        this.coarse = new CoarseClock(clockMillis.getAsLong());
        this.legs = new LegRegistry(coarse);
        this.conferences = new Conferences(environment(settings));
    }

    /**
     * Binds the sockets and starts the timer. A port that cannot be bound is logged, refuses legs, and is tried
     * again every {@value #REBIND_SECONDS} s: at boot another program (or this appliance's own previous settings,
     * before the settings file is read) may hold it for a moment.
     */
    void start() {
        openPorts(settings);
        timer.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::retryPorts, REBIND_SECONDS, REBIND_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * New legs advertise {@code changed}; the sockets are rebound when their own settings changed.
     *
     * @return whether {@code changed} differs from the settings in force before
     */
    synchronized boolean reconfigure(TransportSettings changed) {
        TransportSettings before = settings;
        settings = changed;
        conferences.environment(environment(changed));
        if (!sameSockets(before, changed)) {
            MediaPorts old = ports;
            ports = null;
            if (old != null) {
                old.close();
            }
            openPorts(changed);
        }
        return !changed.equals(before);
    }

    private static boolean sameSockets(TransportSettings a, TransportSettings b) {
        return a.udpPort() == b.udpPort() && a.tcpPort() == b.tcpPort() && a.bindAddress().equals(b.bindAddress())
                && a.udpBufferBytes() == b.udpBufferBytes() && a.maxTcpConnections() == b.maxTcpConnections()
                && a.maxTcpConnectionsPerAddress() == b.maxTcpConnectionsPerAddress()
                && a.tcpProbationSeconds() == b.tcpProbationSeconds()
                && a.consentTimeoutSeconds() == b.consentTimeoutSeconds();
    }

    private synchronized void retryPorts() {
        if (ports == null && portsProblem != null) {
            openPorts(settings);
        }
    }

    private synchronized void openPorts(TransportSettings s) {
        boolean retry = portsProblem != null;
        try {
            ports = MediaPorts.open(portSettings(s), legs, coarse, sinkCounters);
            portsProblem = null;
            if (retry) {
                LOG.info("Media ports bound after all: UDP {}, ICE-TCP {}", s.udpPort(), s.tcpPort());
            }
        } catch (IOException | RuntimeException e) {
            String problem = "media is not available: UDP port " + s.udpPort() + " or TCP port " + s.tcpPort()
                    + " on " + s.bindAddress() + " cannot be bound (" + e.getMessage() + ")";
            if (!problem.equals(portsProblem)) {
                LOG.error("{}; check {} udpPort, tcpPort and bindAddress (tried again every {} s)", problem,
                        TransportSettings.PID, REBIND_SECONDS);
            }
            portsProblem = problem;
        }
    }

    private static MediaPorts.Settings portSettings(TransportSettings s) {
        IceTcpSettings tcp = s.tcpPort() == 0 ? null : new IceTcpSettings(
                new InetSocketAddress(s.bindAddress(), s.tcpPort()), s.maxTcpConnections(),
                s.maxTcpConnectionsPerAddress(), s.tcpProbationSeconds() * 1_000L,
                s.consentTimeoutSeconds() * 1_000L, IceTcpSettings.DEFAULT_SEND_QUEUE_BYTES,
                IceTcpSettings.DEFAULT_SOCKET_BUFFER_BYTES);
        return new MediaPorts.Settings(new InetSocketAddress(s.bindAddress(), s.udpPort()), s.udpBufferBytes(), tcp);
    }

    private MediaEnvironment environment(TransportSettings s) {
        ServerEndpoint endpoint = new ServerEndpoint(PublicAddress.of(s.publicAddress()), s.udpPort(), s.tcpPort(),
                fingerprint());
        DtlsEnvironment handshakes = new DtlsEnvironment(certificate, dtls,
                new DtlsSettings(s.dtlsTimeoutSeconds() * 1_000, DTLS_QUEUE, DTLS_SEND_LIMIT));
        return new MediaEnvironment(endpoint, legs, events, LegPipelines.builder(handshakes), random);
    }

    /** Our certificate's sha-256 fingerprint as the SDP writes it. */
    private Fingerprint fingerprint() {
        String sdp = certificate.fingerprint().toSdp();
        return new Fingerprint(sdp.substring(sdp.indexOf(' ') + 1));
    }

    /** The timer: never throws (a thrown exception would cancel the schedule). */
    private void tick() {
        try {
            long now = clockMillis.getAsLong();
            coarse.set(now);
            conferences.tick(System.nanoTime(), now);
            if (now - lastSweepMillis >= CONSENT_SWEEP_MILLIS || now < lastSweepMillis) {
                lastSweepMillis = now;
                expireLegs(now);
            }
        } catch (RuntimeException e) {
            LOG.error("Media timer failed", e);
        }
    }

    private void expireLegs(long now) {
        int failed = legs.expire(now, settings.consentTimeoutSeconds() * 1_000L);
        if (failed > 0) {
            LOG.info("{} media legs ended: no ICE consent or media for {} s", failed, settings.consentTimeoutSeconds());
        }
    }

    /** Why no leg can open now (the sockets are not bound), or null when media is available. */
    String unavailable() {
        return ports == null ? (portsProblem == null ? "media is not available: the media service is stopping"
                : portsProblem) : null;
    }

    Conferences conferences() {
        return conferences;
    }

    /** The conferences' totals with what the I/O side dropped. */
    TrafficTotals totals() {
        TrafficTotals t = conferences.totals();
        Map<String, Long> dropped = new HashMap<>(t.dropped());
        sinkCounters.dropped().forEach((reason, count) -> dropped.merge(reason, count, Long::sum));
        return new TrafficTotals(t.packetsIn(), t.bytesIn(), t.packetsOut(), t.bytesOut(), dropped, t.conferences(),
                t.legs());
    }

    SinkCounters sinkCounters() {
        return sinkCounters;
    }

    /** The bound ports, or null when they could not be bound (tests). */
    MediaPorts ports() {
        return ports;
    }

    /** Closes every leg (listeners hear CLOSED), the sockets and the threads. */
    void stop() throws InterruptedException {
        timer.shutdownNow();
        conferences.closeAll();
        MediaPorts open;
        synchronized (this) {
            open = ports;
            ports = null;
        }
        if (open != null) {
            open.close();
        }
        dtls.shutdownNow();
        events.shutdown();
        if (!events.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            LOG.warn("Media listeners did not finish within {} ms of stopping", STOP_WAIT_MILLIS);
            events.shutdownNow();
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

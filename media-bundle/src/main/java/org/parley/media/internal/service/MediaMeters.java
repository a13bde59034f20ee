package org.parley.media.internal.service;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.parley.media.internal.forwarding.TrafficTotals;

/**
 * The media service's meters in the appliance's registry (scraped at {@code /metrics}): {@code parley.media.packets}
 * and {@code parley.media.bytes} by {@code direction} (in, out), {@code parley.media.packets.dropped} by
 * {@code reason} (a router reason or the name of the pipeline node that dropped), and the gauges
 * {@code parley.media.conferences} and {@code parley.media.legs}. Counters read the service's monotonic totals,
 * summed at most once a second however many meters a scrape reads; drop reasons that appear later (a pipeline's
 * nodes) are registered by a check every {@value #REASON_CHECK_SECONDS} s. Removed when the registry or the service
 * goes.
 */
@Component(service = {}, immediate = true)
public final class MediaMeters {
    static final long REASON_CHECK_SECONDS = 10;
    private static final long TOTALS_MAX_AGE_NANOS = 1_000_000_000L;

    private final MeterRegistry registry;
    private final MediaStatistics statistics;
    private final List<Meter> meters = new CopyOnWriteArrayList<>();
    private final Map<String, Meter> reasons = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reasonCheck;
    private final long totalsMaxAgeNanos;
    private TrafficTotals totals;
    private long totalsNanos;

    @Activate
    public MediaMeters(@Reference MeterRegistry registry, @Reference MediaStatistics statistics) {
        this(registry, statistics, TOTALS_MAX_AGE_NANOS);
    }

    /** With totals summed again when older than {@code totalsMaxAgeNanos} (tests: 0, always). */
    MediaMeters(MeterRegistry registry, MediaStatistics statistics, long totalsMaxAgeNanos) {
        this.registry = registry;
        this.statistics = statistics;
        this.totalsMaxAgeNanos = totalsMaxAgeNanos;
        counter("parley.media.packets", "in", "RTP and RTCP packets received from participants",
                TrafficTotals::packetsIn);
        counter("parley.media.packets", "out", "Packets sent to participants", TrafficTotals::packetsOut);
        counter("parley.media.bytes", "in", "Bytes received from participants", TrafficTotals::bytesIn);
        counter("parley.media.bytes", "out", "Bytes sent to participants", TrafficTotals::bytesOut);
        gauge("parley.media.conferences", "Meetings with media now", TrafficTotals::conferences);
        gauge("parley.media.legs", "Participants' media legs open now", TrafficTotals::legs);
        registerNewReasons();
        reasonCheck = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "media-meters");
            thread.setDaemon(true);
            return thread;
        });
        reasonCheck.scheduleWithFixedDelay(this::registerNewReasons, REASON_CHECK_SECONDS, REASON_CHECK_SECONDS,
                TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        reasonCheck.shutdownNow();
        meters.forEach(registry::remove);
        reasons.values().forEach(registry::remove);
    }

    /** Registers a dropped-packets counter for every reason the totals name that has none yet. */
    void registerNewReasons() {
        for (String reason : current().dropped().keySet()) {
            reasons.computeIfAbsent(reason, r -> FunctionCounter.builder("parley.media.packets.dropped", this,
                    m -> m.current().dropped().getOrDefault(r, 0L))
                    .description("Packets dropped, by the router's reason or the pipeline node that dropped them")
                    .tag("reason", r).register(registry));
        }
    }

    private void counter(String name, String direction, String description, ToDoubleFunction<TrafficTotals> figure) {
        meters.add(FunctionCounter.builder(name, this, m -> figure.applyAsDouble(m.current()))
                .description(description).tag("direction", direction).register(registry));
    }

    private void gauge(String name, String description, ToDoubleFunction<TrafficTotals> figure) {
        meters.add(Gauge.builder(name, this, m -> figure.applyAsDouble(m.current())).description(description)
                .register(registry));
    }

    /** The totals, summed again when older than a second (a scrape reads every meter within milliseconds). */
    synchronized TrafficTotals current() {
        long now = System.nanoTime();
        if (totals == null || now - totalsNanos >= totalsMaxAgeNanos) {
            totals = statistics.totals();
            totalsNanos = now;
        }
        return totals;
    }
}

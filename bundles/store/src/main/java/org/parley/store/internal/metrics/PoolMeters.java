package org.parley.store.internal.metrics;

import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Publishes the pool's active, idle, total and waiting connections as {@code hikaricp_connections_*} gauges
 * tagged with the pool name, and removes them again when the pool or the registry goes.
 */
public final class PoolMeters implements AutoCloseable {

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    public PoolMeters(MeterRegistry registry, String poolName, Supplier<HikariPoolMXBean> pool) {
        this.registry = registry;
        gauge("hikaricp.connections.active", "Connections in use", poolName, pool, HikariPoolMXBean::getActiveConnections);
        gauge("hikaricp.connections.idle", "Idle connections", poolName, pool, HikariPoolMXBean::getIdleConnections);
        gauge("hikaricp.connections", "Open connections", poolName, pool, HikariPoolMXBean::getTotalConnections);
        gauge("hikaricp.connections.pending", "Threads waiting for a connection", poolName, pool,
                HikariPoolMXBean::getThreadsAwaitingConnection);
    }

    private void gauge(String name, String description, String poolName, Supplier<HikariPoolMXBean> pool,
            ToDoubleFunction<HikariPoolMXBean> figure) {
        meters.add(Gauge.builder(name, pool, p -> p.get() == null ? 0 : figure.applyAsDouble(p.get()))
                .description(description).tag("pool", poolName).register(registry));
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
        meters.clear();
    }
}

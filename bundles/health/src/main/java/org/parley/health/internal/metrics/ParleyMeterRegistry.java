package org.parley.health.internal.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The appliance's one Micrometer registry, published as a {@link MeterRegistry} service: other bundles (HTTP request
 * timers, the database pool) bind their meters to it and {@code /metrics} scrapes it. A Prometheus registry whose
 * implementation is embedded in this bundle; only {@code io.micrometer.core} crosses the bundle boundary.
 * Meters a bundle registers stay until that bundle removes them (or this registry restarts).
 */
@Component(service = {MeterRegistry.class, MetricsScraper.class}, immediate = true)
public class ParleyMeterRegistry extends PrometheusMeterRegistry implements MetricsScraper {

    private JvmMetrics jvm;

    public ParleyMeterRegistry() {
        super(PrometheusConfig.DEFAULT);
    }

    @Activate
    void activate() {
        jvm = JvmMetrics.bindTo(this);
    }

    @Deactivate
    void deactivate() {
        jvm.close();
        close();
    }
}

package org.parley.health.internal.metrics;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The registry's scrape, as the {@code /metrics} servlet sees it. Published as a service of this bundle only (its
 * package is private), so the servlet comes and goes with the registry.
 */
public interface MetricsScraper {

    /** Writes every meter in the format of {@code contentType} (Prometheus text 0.0.4 or OpenMetrics 1.0). */
    void scrape(OutputStream out, String contentType) throws IOException;
}

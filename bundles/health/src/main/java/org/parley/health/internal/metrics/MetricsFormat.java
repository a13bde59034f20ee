package org.parley.health.internal.metrics;

import java.util.Locale;

/** The exposition formats {@code /metrics} speaks, chosen by the {@code Accept} header. */
enum MetricsFormat {
    /** Prometheus text format 0.0.4: the default, what every scraper understands. */
    PROMETHEUS_TEXT("text/plain; version=0.0.4; charset=utf-8"),
    /** OpenMetrics 1.0 text, for scrapers that ask for it. */
    OPENMETRICS("application/openmetrics-text; version=1.0.0; charset=utf-8");

    private final String contentType;

    MetricsFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** OpenMetrics when the caller accepts it, else Prometheus text (protobuf is never offered). */
    static MetricsFormat forAccept(String accept) {
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/openmetrics-text")) {
            return OPENMETRICS;
        }
        return PROMETHEUS_TEXT;
    }
}

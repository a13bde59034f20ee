/**
 * Metrics: the one Micrometer {@code MeterRegistry} service of the appliance (a Prometheus registry with the JVM
 * binders), and the {@code /metrics} servlet that exposes it in the Prometheus text or OpenMetrics format.
 * Private to the health bundle.
 */
package org.parley.health.internal.metrics;

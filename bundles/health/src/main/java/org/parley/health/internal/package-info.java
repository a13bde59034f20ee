/**
 * The health endpoint: gathers every {@link org.parley.api.health.HealthCheck} service, runs them with a time limit,
 * and answers {@code GET /api/v1/health} with the overall state (and, for callers allowed to see them, each
 * component). Private to the health bundle.
 */
package org.parley.health.internal;

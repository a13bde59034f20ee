/**
 * The health bundle's own {@link org.parley.api.health.HealthCheck} components: the state of every Parley bundle and
 * the free space under {@code parley.var.lib}, and whether NTP keeps the clock in sync. Private to the health bundle.
 */
package org.parley.health.internal.checks;

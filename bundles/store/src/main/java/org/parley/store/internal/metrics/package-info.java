/** The connection pool's figures as Micrometer gauges, while a meter registry is there. */
package org.parley.store.internal.metrics;

/** The connection pools: embedded Derby and PostgreSQL behind HikariCP, opened and closed cleanly. */
package org.parley.store.internal.pool;

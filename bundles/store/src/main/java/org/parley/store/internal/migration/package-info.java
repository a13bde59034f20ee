/**
 * Migrations: each owner's SQL scripts, found in its own bundle (or class path entry), applied all-or-nothing by
 * the embedded Flyway with a history table per owner.
 */
package org.parley.store.internal.migration;

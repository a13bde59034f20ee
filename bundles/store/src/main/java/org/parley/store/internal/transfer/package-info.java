/**
 * Moving the embedded Derby database to an empty PostgreSQL: the owners' migrations replayed on the target, rows
 * copied in foreign-key order inside one target transaction while Derby is frozen, identity columns advanced, row
 * counts compared, and the target emptied again when anything fails.
 */
package org.parley.store.internal.transfer;

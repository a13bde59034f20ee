/**
 * The server side of {@code parleyctl backup}: the {@code backup.snapshot} admin command makes a consistent copy of
 * the database while Parley runs (Derby's online backup, or {@code pg_dump} for PostgreSQL) in a fresh folder under
 * {@code ${parley.var.lib}/backup/}, which root's {@code parleyctl} then encrypts into one file and hands back with
 * {@code backup.release}.
 */
package org.parley.store.internal.backup;

/**
 * Copies of the chain outside the database: the JSON lines of {@code audit.log}, the append-only checkpoint file,
 * and the RFC 5424 syslog sender. None of them can fail or block a write.
 */
package org.parley.audit.internal.stream;

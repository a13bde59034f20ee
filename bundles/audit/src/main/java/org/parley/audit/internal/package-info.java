/**
 * The audit service component: glues the hash chain, its tables, the streams and the health check together,
 * and reads the {@code org.parley.audit.Audit} settings.
 */
package org.parley.audit.internal;

/**
 * The audit trail: every action that matters to a compliance officer is written through
 * {@link org.parley.audit.api.AuditService} into an append-only, hash-chained log that
 * {@link org.parley.audit.api.AuditService#verify()} can check (and, since 1.1, the chain in another database, such
 * as a copy on PostgreSQL before the appliance switches to it), and since 1.2 which detail names
 * {@link org.parley.audit.api.SecretNames hold secrets}.
 */
@Export
@Version("1.2.0")
package org.parley.audit.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

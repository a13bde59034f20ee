/**
 * The audit trail: every action that matters to a compliance officer is written through
 * {@link org.parley.audit.api.AuditService} into an append-only, hash-chained log that
 * {@link org.parley.audit.api.AuditService#verify()} can check.
 */
@Export
@Version("1.0.0")
package org.parley.audit.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

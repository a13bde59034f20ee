/**
 * The audit REST resource under {@code /api/v1/audit}: list and filter, NDJSON export and verification.
 */
package org.parley.audit.internal.rest;

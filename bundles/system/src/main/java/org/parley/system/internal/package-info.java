/**
 * The system bundle's private helpers shared by its parts: who is calling ({@link org.parley.system.internal.Caller})
 * and how its actions reach the audit trail ({@link org.parley.system.internal.AuditTrail}). Nothing here is exported.
 */
package org.parley.system.internal;

/** Integration tests of the audit trail on real Derby and PostgreSQL databases. */
package org.parley.audit.internal.it;

/** The meetings table: SQL shared by Derby and PostgreSQL (migrations under db/migration/meetings/common). */
package org.parley.meetings.internal.store;

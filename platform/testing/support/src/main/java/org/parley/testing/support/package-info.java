/**
 * Helpers the bundles' own tests share: an in-memory audit trail, a PostgreSQL schema per test, signed jars, the audit
 * API cut from its bundle. Never packaged.
 */
package org.parley.testing.support;

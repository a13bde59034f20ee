/** Helpers the bundles' own tests share: an in-memory audit trail, a PostgreSQL schema per test. Never packaged. */
package org.parley.testing.support;

/** The database's health check: a cached, time-bounded probe through the pool with a cause a person can act on. */
package org.parley.store.internal.health;

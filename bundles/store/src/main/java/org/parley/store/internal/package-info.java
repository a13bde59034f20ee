/**
 * The store's components: the {@code Database} service with its health check and settings validator, and
 * {@link org.parley.store.internal.StandaloneDatabase} for other bundles' tests outside OSGi.
 */
package org.parley.store.internal;

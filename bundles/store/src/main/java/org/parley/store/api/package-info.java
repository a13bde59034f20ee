/**
 * The store's API: the one {@link org.parley.store.api.Database} of the appliance (embedded Derby by default,
 * PostgreSQL by settings) and the migrations each bundle that owns tables applies through it.
 */
@Export
@Version("1.0.0")
package org.parley.store.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

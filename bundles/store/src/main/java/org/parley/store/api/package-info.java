/**
 * The store's API: the one {@link org.parley.store.api.Database} of the appliance (embedded Derby by default,
 * PostgreSQL by settings), the migrations each bundle that owns tables applies through it, and
 * {@link org.parley.store.api.DatabaseTransfer}, which copies the embedded database to an empty PostgreSQL.
 */
@Export
@Version("1.1.0")
package org.parley.store.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

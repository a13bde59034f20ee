/**
 * The shared vocabulary of Parley: the annotations that say who may call a REST route
 * ({@link org.parley.api.Permission}, {@link org.parley.api.Public}), the one {@link org.parley.api.Clock} every
 * expiry and timeout reads, and the {@link org.parley.api.ClientAddress} of a caller as the front door resolved it.
 */
@Export
@Version("1.0.0")
package org.parley.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

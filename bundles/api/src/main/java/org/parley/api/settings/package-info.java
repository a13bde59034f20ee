/**
 * Validation of settings before they apply: a component that needs more than Metatype's type checks (a
 * certificate that must match its key, a URL that must parse) publishes a
 * {@link org.parley.api.settings.SettingsValidator} for its PID. The system bundle calls it before it updates
 * ConfigAdmin, and again for values read from files under {@code etc/conf.d}.
 */
@Export
@Version("1.1.0")
package org.parley.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

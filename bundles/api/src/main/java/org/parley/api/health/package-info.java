/**
 * Health checks: every component that can be unhealthy publishes a {@link org.parley.api.health.HealthCheck}
 * service; the health bundle gathers them into {@code /api/v1/health}.
 */
@Export
@Version("1.0.0")
package org.parley.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

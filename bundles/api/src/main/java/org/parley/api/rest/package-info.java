/**
 * How a bundle joins Parley's REST API: publish a Declarative Services component under
 * {@link org.parley.api.rest.RestResource} with a JAX-RS {@code @Path} relative to {@code /api/v1}; stop the
 * bundle and its routes go. Throw {@link org.parley.api.rest.ProblemException} for an error a person can act on;
 * the front door renders it as RFC 9457 {@code application/problem+json}.
 */
@Export
@Version("1.0.0")
package org.parley.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

package org.parley.api.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marker for a JAX-RS resource published as an OSGi service. The front door adds every such service
 * to the {@code /api/v1} application while it is registered, and removes its routes when it goes.
 * The class carries {@code @Path} (relative to {@code /api/v1}) and {@link org.parley.api.Permission} or
 * {@link org.parley.api.Public} on the class or on each method. One instance serves all requests
 * concurrently: keep it stateless or thread-safe.
 */
@ConsumerType
public interface RestResource {
}

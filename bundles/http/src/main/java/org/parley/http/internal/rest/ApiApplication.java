package org.parley.http.internal.rest;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.function.Supplier;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.parley.api.rest.Authenticator;
import org.parley.api.rest.RestResource;
import org.parley.http.internal.openapi.OpenApiResource;

/** Builds the {@code /api/v1} Jersey application from the resources registered right now. */
final class ApiApplication {

    private ApiApplication() {
    }

    static ResourceConfig of(Collection<RestResource> resources, Supplier<Collection<Class<?>>> resourceClasses,
            Supplier<MeterRegistry> meters, Supplier<Authenticator> authenticator) {
        ResourceConfig config = new ResourceConfig()
                .setApplicationName("parley-api")
                .register(JacksonFeature.withoutExceptionMappers())
                .register(JsonMapper.class)
                .register(new AccessFilter(authenticator))
                .register(ProblemExceptionMapper.class)
                .register(WebApplicationExceptionMapper.class)
                .register(JsonExceptionMapper.class)
                .register(UnexpectedExceptionMapper.class)
                .register(OpenApiResource.over(resourceClasses))
                .register(new RequestMetrics(meters))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .property(ServerProperties.BV_FEATURE_DISABLE, true);
        resources.forEach(config::register);
        return config;
    }
}

package org.parley.http.internal.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.framework.FrameworkUtil;
import org.parley.api.Public;

/** {@code GET /api/v1/openapi.json}: the OpenAPI document of every route registered at this moment. */
@Path("openapi.json")
@Public
public final class OpenApiResource {

    private final Supplier<Collection<Class<?>>> resourceClasses;

    private OpenApiResource(Supplier<Collection<Class<?>>> resourceClasses) {
        this.resourceClasses = resourceClasses;
    }

    /** The document over whatever resource classes the supplier names at each request. */
    public static OpenApiResource over(Supplier<Collection<Class<?>>> resourceClasses) {
        return new OpenApiResource(resourceClasses);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> document() {
        List<Class<?>> classes = new ArrayList<>(resourceClasses.get());
        classes.add(OpenApiResource.class);
        var bundle = FrameworkUtil.getBundle(OpenApiResource.class);
        return OpenApiGenerator.document(classes, bundle == null ? "dev" : bundle.getVersion().toString());
    }
}

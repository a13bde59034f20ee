package org.parley.system.internal.deploy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Permission;
import org.parley.api.rest.RestResource;
import org.parley.system.internal.Caller;

/**
 * {@code /api/v1/system/bundles}: the installed bundles, the upload of a signed jar (off by default), and stop,
 * start and roll-back of one by symbolic name. Core bundles cannot be stopped (409).
 */
@Component(service = RestResource.class)
@Path("system/bundles")
@Produces(MediaType.APPLICATION_JSON)
public class BundlesResource implements RestResource {

    private final BundleControl control;

    @Activate
    public BundlesResource(@Reference BundleControl control) {
        this.control = control;
    }

    @GET
    @Permission("system:read")
    public List<BundleView> list() {
        return control.list();
    }

    /**
     * A new bundle or a new version of one, as the request body ({@code application/java-archive} or
     * {@code application/octet-stream}); {@code filename} only names it in the audit trail when it is refused.
     */
    @POST
    @Permission("system:write")
    public Response upload(InputStream body, @QueryParam("filename") String filename,
            @Context SecurityContext security, @Context HttpServletRequest request) {
        String name = filename == null || filename.isBlank() ? "upload.jar" : filename.replaceAll("[^A-Za-z0-9._-]", "_");
        UploadedBundle accepted = control.upload(body, name, Caller.of(security, request));
        return Response.accepted(accepted).build();
    }

    @POST
    @Path("{symbolicName}/stop")
    @Permission("system:write")
    public BundleView stop(@PathParam("symbolicName") String symbolicName, @Context SecurityContext security,
            @Context HttpServletRequest request) {
        return control.stop(symbolicName, Caller.of(security, request));
    }

    @POST
    @Path("{symbolicName}/start")
    @Permission("system:write")
    public BundleView start(@PathParam("symbolicName") String symbolicName, @Context SecurityContext security,
            @Context HttpServletRequest request) {
        return control.start(symbolicName, Caller.of(security, request));
    }

    @POST
    @Path("{symbolicName}/rollback")
    @Permission("system:write")
    public BundleView rollback(@PathParam("symbolicName") String symbolicName, @Context SecurityContext security,
            @Context HttpServletRequest request) {
        return control.rollback(symbolicName, Caller.of(security, request));
    }
}

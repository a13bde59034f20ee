package org.parley.auth.internal.saml;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.auth.internal.rest.Requests;

/** {@code /api/v1/saml/idps}: the SAML IdP registry ({@code settings:read}, {@code settings:write}). */
@Component(service = RestResource.class)
@Path("saml/idps")
@Produces(MediaType.APPLICATION_JSON)
public final class IdpResource implements RestResource {

    private final SamlService saml;

    @Activate
    public IdpResource(@Reference SamlService saml) {
        this.saml = saml;
    }

    @GET
    @Permission("settings:read")
    public List<SamlBodies.IdpView> list() {
        saml.services();
        return saml.idps().all().stream().map(SamlBodies.IdpView::of).toList();
    }

    @GET
    @Path("{id}")
    @Permission("settings:read")
    public SamlBodies.IdpView get(@PathParam("id") String id) {
        saml.services();
        return saml.idps().byId(id).map(SamlBodies.IdpView::of).orElseThrow(() -> new ProblemException(404,
                "Unknown IdP", "There is no identity provider '" + id + "'."));
    }

    @POST
    @Permission("settings:write")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SamlBodies.IdpRequest body, @Context HttpServletRequest request) {
        IdentityProvider idp = saml.admin().create(body, Requests.caller(request).username(),
                Requests.client(request));
        return Response.status(201).entity(SamlBodies.IdpView.of(idp)).build();
    }

    @PUT
    @Path("{id}")
    @Permission("settings:write")
    @Consumes(MediaType.APPLICATION_JSON)
    public SamlBodies.IdpView update(@PathParam("id") String id, SamlBodies.IdpRequest body,
            @Context HttpServletRequest request) {
        return SamlBodies.IdpView.of(saml.admin().update(id, body, Requests.caller(request).username(),
                Requests.client(request)));
    }

    @DELETE
    @Path("{id}")
    @Permission("settings:write")
    public Response delete(@PathParam("id") String id, @Context HttpServletRequest request) {
        saml.admin().delete(id, Requests.caller(request).username(), Requests.client(request));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/refresh")
    @Permission("settings:write")
    public SamlBodies.IdpView refresh(@PathParam("id") String id, @Context HttpServletRequest request) {
        return SamlBodies.IdpView.of(saml.admin().refresh(id, Requests.caller(request).username(),
                Requests.client(request)));
    }
}

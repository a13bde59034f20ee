package org.parley.auth.internal.saml;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Public;
import org.parley.api.rest.RestResource;

/** {@code GET /api/v1/saml/providers} (public): the enabled IdPs the sign-in page offers as buttons. */
@Component(service = RestResource.class)
@Path("saml/providers")
@Produces(MediaType.APPLICATION_JSON)
public final class ProvidersResource implements RestResource {

    private final SamlService saml;

    @Activate
    public ProvidersResource(@Reference SamlService saml) {
        this.saml = saml;
    }

    @GET
    @Public
    public List<SamlBodies.Provider> list() {
        saml.services();
        return saml.idps().all().stream().filter(IdentityProvider::enabled)
                .map(idp -> new SamlBodies.Provider(idp.id(), idp.name(), SamlBodies.Provider.loginUrl(idp.id())))
                .toList();
    }
}

package org.parley.auth.internal.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Roles;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.core.UserAdmin;

/** {@code /api/v1/users}: account administration ({@code users:read}, {@code users:write}). */
@Component(service = RestResource.class)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public final class UsersResource implements RestResource {

    private static final int MAX_SIZE = 200;

    private final AuthCore core;

    @Activate
    public UsersResource(@Reference AuthCore core) {
        this.core = core;
    }

    @GET
    @Permission("users:read")
    public Bodies.UserPage list(@QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = number("size", size, 50, 1, MAX_SIZE);
        AuthServices services = core.services();
        List<Bodies.UserView> items = services.accounts.search(q, pageNumber * pageSize, pageSize).stream()
                .map(this::view).toList();
        return new Bodies.UserPage(items, pageNumber, pageSize, services.accounts.countMatching(q));
    }

    @POST
    @Permission("users:write")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Bodies.UserRequest body, @Context HttpServletRequest request) {
        if (body == null) {
            throw ProblemException.badRequest("Send {\"username\", \"displayName\", \"email\", \"roles\"}.");
        }
        Map.Entry<Account, String> created = core.services().users.create(Requests.caller(request), body.username(),
                body.displayName(), body.email(), body.roles(), Requests.client(request));
        Account a = created.getKey();
        return Response.status(Response.Status.CREATED).entity(new Bodies.UserCreated(a.id(), a.realm(),
                a.username(), a.displayName(), a.email(), Roles.ids(a.roles()), a.disabled(),
                a.passwordChangeRequired(), created.getValue())).build();
    }

    @GET
    @Path("{id}")
    @Permission("users:read")
    public Bodies.UserView get(@PathParam("id") String id) {
        return view(core.services().users.get(id));
    }

    @PATCH
    @Path("{id}")
    @Permission("users:write")
    @Consumes(MediaType.APPLICATION_JSON)
    public Bodies.UserView change(@PathParam("id") String id, UserAdmin.Change body,
            @Context HttpServletRequest request) {
        if (body == null) {
            throw ProblemException.badRequest("Send the fields to change: roles, disabled, displayName, email.");
        }
        return view(core.services().users.change(Requests.caller(request), id, body, Requests.client(request)));
    }

    @DELETE
    @Path("{id}")
    @Permission("users:write")
    public Response delete(@PathParam("id") String id, @Context HttpServletRequest request) {
        core.services().users.delete(Requests.caller(request), id, Requests.client(request));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/password-reset")
    @Permission("users:write")
    public Bodies.OneTimePassword resetPassword(@PathParam("id") String id, @Context HttpServletRequest request) {
        return new Bodies.OneTimePassword(core.services().users.resetPassword(Requests.caller(request), id,
                Requests.client(request)));
    }

    @POST
    @Path("{id}/mfa-reset")
    @Permission("users:write")
    public Response resetMfa(@PathParam("id") String id, @Context HttpServletRequest request) {
        core.services().users.resetMfa(Requests.caller(request), id, Requests.client(request));
        return Response.noContent().build();
    }

    private Bodies.UserView view(Account account) {
        AuthServices services = core.services();
        return Bodies.UserView.of(account, services.guard.isLocked(account.username(), services.clock.now()));
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        throw ProblemException.invalid(name, name + " must be a whole number from " + min + " to " + max + ".");
    }
}

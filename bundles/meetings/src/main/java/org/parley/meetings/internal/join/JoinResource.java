package org.parley.meetings.internal.join;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Public;
import org.parley.api.rest.RestResource;
import org.parley.meetings.internal.LiveMeetingsCore;

/**
 * {@code POST /api/v1/meetings/{id}/join}, open to anyone: a signed-in caller (session with its CSRF token, or an
 * API token) joins as staff under its user name, anyone else as a guest with the name it sends. Answers the join
 * token (200), or problem+json with a {@code code}: 404 {@code not-found-or-passcode}, 403 {@code ended},
 * {@code blocked}, {@code sign-in-required}, {@code locked}, {@code full}, 429 {@code too-many} with
 * {@code Retry-After}, 422 {@code field: name}. Stateless.
 */
@Component(service = RestResource.class)
@Path("meetings/{id}/join")
public final class JoinResource implements RestResource {

    private final LiveMeetingsCore live;

    @Activate
    public JoinResource(@Reference LiveMeetingsCore live) {
        this.live = live;
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response join(@PathParam("id") String id, JoinRequest body, @Context HttpServletRequest request) {
        Caller caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller signedIn ? signedIn : null;
        try {
            return Response.ok(live.desk().join(id, body, caller, client(request))).build();
        } catch (JoinProblem problem) {
            return problem.response();
        }
    }

    private static ClientAddress client(HttpServletRequest request) {
        if (request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE) instanceof ClientAddress address) {
            return address;
        }
        // The front door always sets it; without one (a misconfigured test) count the caller as this machine.
        return new ClientAddress(InetAddress.getLoopbackAddress(), false);
    }
}

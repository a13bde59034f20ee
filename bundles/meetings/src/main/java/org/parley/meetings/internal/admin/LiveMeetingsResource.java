package org.parley.meetings.internal.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.internal.LiveMeetingsCore;
import org.parley.meetings.internal.live.AdminDesk;

/**
 * {@code /api/v1/live-meetings}: the live meetings of everyone, for administrators only ({@code live:read},
 * {@code live:write}, which no role but {@code admin} holds: hosts hold {@code meetings:*}, which does not reach
 * here). Scheduled meetings of everyone are {@code GET /api/v1/meetings?all=true}. Ending and removing are audited
 * with the admin as actor ({@code details.by: admin}).
 */
@Component(service = RestResource.class)
@Path("live-meetings")
@Produces(MediaType.APPLICATION_JSON)
public class LiveMeetingsResource implements RestResource {

    /** A live meeting's roster. */
    public record Roster(String id, List<AdminDesk.RosterEntry> participants) {
    }

    private final AdminDesk desk;

    @Activate
    public LiveMeetingsResource(@Reference LiveMeetingsCore live) {
        this.desk = new AdminDesk(live.rooms());
    }

    @GET
    @Permission("live:read")
    public List<AdminDesk.LiveMeeting> list() {
        return desk.live();
    }

    @GET
    @Path("{id}")
    @Permission("live:read")
    public Roster roster(@PathParam("id") String id) {
        return new Roster(id, desk.roster(id).orElseThrow(() -> notLive(id)));
    }

    @POST
    @Path("{id}/end")
    @Permission("live:write")
    public Response end(@PathParam("id") String id, @Context HttpServletRequest request) {
        if (!desk.end(id, admin(request))) {
            throw notLive(id);
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/participants/{participant}")
    @Permission("live:write")
    public Response remove(@PathParam("id") String id, @PathParam("participant") String participant,
            @QueryParam("block") String block, @Context HttpServletRequest request) {
        if (block != null && !block.equals("true") && !block.equals("false")) {
            throw ProblemException.invalid("block", "block is true or false.");
        }
        try {
            desk.remove(id, participant, "true".equals(block), admin(request));
            return Response.noContent().build();
        } catch (CommandRefused e) {
            throw ProblemException.notFound("Meeting " + id + " is not live or has no participant " + participant
                    + ": GET /api/v1/live-meetings/" + id + " lists who is in it");
        }
    }

    private static ProblemException notLive(String id) {
        return ProblemException.notFound("Meeting " + id + " is not live now; GET /api/v1/live-meetings lists "
                + "the live ones");
    }

    private static AdminDesk.Admin admin(HttpServletRequest request) {
        String user = request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller ? caller.username()
                : "local";
        String address = request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE) instanceof ClientAddress client
                ? client.host() : "local";
        return new AdminDesk.Admin(user, address);
    }
}

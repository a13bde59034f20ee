package org.parley.meetings.internal.rest;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.meetings.internal.MeetingChange;
import org.parley.meetings.internal.MeetingsCore;
import org.parley.meetings.internal.Meetings;

/**
 * {@code /api/v1/meetings}: the caller's meetings ({@code meetings:read} to look, {@code meetings:write} to
 * change), their schedules and invitations, as JSON or {@code text/calendar}. Bad input is a problem+json naming
 * the field or parameter. Stateless.
 */
@Component(service = RestResource.class)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public final class MeetingsResource implements RestResource {

    static final String CALENDAR = "text/calendar";
    private static final int MAX_SIZE = 100;
    private static final int DEFAULT_SIZE = 20;

    private final MeetingsCore core;

    @Activate
    public MeetingsResource(@Reference MeetingsCore core) {
        this.core = core;
    }

    @GET
    @Permission("meetings:read")
    public Bodies.MeetingPage list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("all") String all, @Context HttpServletRequest request) {
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        if (all != null && !all.equals("true") && !all.equals("false")) {
            throw ProblemException.invalid("all", "all is true or false.");
        }
        return Bodies.MeetingPage.of(meetings().list(caller(request), "true".equals(all), pageNumber, pageSize));
    }

    @POST
    @Permission("meetings:write")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(MeetingChange body, @Context HttpServletRequest request) {
        var meeting = meetings().create(caller(request), client(request), required(body));
        return Response.status(Response.Status.CREATED).entity(Bodies.MeetingView.of(meeting)).build();
    }

    @GET
    @Path("{id}")
    @Permission("meetings:read")
    public Bodies.MeetingView get(@PathParam("id") String id, @Context HttpServletRequest request) {
        return Bodies.MeetingView.of(meetings().get(caller(request), id));
    }

    @PATCH
    @Path("{id}")
    @Permission("meetings:write")
    @Consumes(MediaType.APPLICATION_JSON)
    public Bodies.MeetingView change(@PathParam("id") String id, MeetingChange body,
            @Context HttpServletRequest request) {
        return Bodies.MeetingView.of(meetings().update(caller(request), client(request), id, required(body)));
    }

    @DELETE
    @Path("{id}")
    @Permission("meetings:write")
    public Response delete(@PathParam("id") String id, @Context HttpServletRequest request) {
        meetings().delete(caller(request), client(request), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/occurrences")
    @Permission("meetings:read")
    public List<Bodies.OccurrenceView> occurrences(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to, @Context HttpServletRequest request) {
        return meetings().occurrences(caller(request), id, instant("from", from), instant("to", to)).stream()
                .map(Bodies.OccurrenceView::of).toList();
    }

    @GET
    @Path("{id}/invitation")
    @Permission("meetings:read")
    public Bodies.InvitationView invitation(@PathParam("id") String id, @Context HttpServletRequest request) {
        return Bodies.InvitationView.of(meetings().invitation(caller(request), id));
    }

    @GET
    @Path("{id}/invitation.ics")
    @Produces(CALENDAR)
    @Permission("meetings:read")
    public Response calendar(@PathParam("id") String id, @Context HttpServletRequest request) {
        Meetings.Invitation invitation = meetings().invitation(caller(request), id);
        return Response.ok(IcsCalendar.render(invitation), CALENDAR + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"meeting-" + invitation.meeting().numericId()
                        + ".ics\"").build();
    }

    private Meetings meetings() {
        return core.meetings();
    }

    private static MeetingChange required(MeetingChange body) {
        if (body == null) {
            throw ProblemException.badRequest("Send the meeting as JSON: title, start, durationMinutes, timeZone, "
                    + "recurrence, passcode and the options.");
        }
        return body;
    }

    private static Caller caller(HttpServletRequest request) {
        if (request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller) {
            return caller;
        }
        throw new ProblemException(401, "Sign-in required", "Sign in first.");
    }

    private static String client(HttpServletRequest request) {
        return request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE) instanceof ClientAddress address
                ? address.host() : "local";
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, name + " is ISO-8601 with an offset, e.g. 2027-03-01T00:00:00Z.");
        }
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw ProblemException.invalid(name, name + " is a whole number from " + min + " to " + max + ".");
        }
        return Integer.parseInt(value);
    }
}

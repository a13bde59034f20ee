package org.parley.system.internal.settings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.system.internal.Caller;
import org.parley.system.internal.settings.SettingsViews.PidSettings;

/**
 * {@code /api/v1/settings}: every configurable PID with its Metatype and current values; {@code PATCH} changes one
 * PID, {@code PUT} changes several together ({@code {"<pid>": {"<attribute>": value}}}, all or nothing). A
 * {@code null} value resets an attribute to its default. PIDs set by a file under {@code etc/conf.d} are read-only.
 */
@Component(service = RestResource.class)
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource implements RestResource {

    private final SettingsService settings;

    @Activate
    public SettingsResource(@Reference SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Permission("settings:read")
    public List<PidSettings> list() {
        return settings.list();
    }

    @GET
    @Path("{pid}")
    @Permission("settings:read")
    public PidSettings get(@PathParam("pid") String pid) {
        return settings.get(pid);
    }

    @PATCH
    @Path("{pid}")
    @Permission("settings:write")
    public PidSettings change(@PathParam("pid") String pid, Map<String, Object> change,
            @Context SecurityContext security, @Context HttpServletRequest request) {
        if (change == null) {
            throw ProblemException.badRequest("Send the attributes to change: {\"<attribute>\": value}");
        }
        return settings.apply(Map.of(pid, change), Caller.of(security, request)).get(0);
    }

    @PUT
    @Permission("settings:write")
    public List<PidSettings> changeTogether(Map<String, Map<String, Object>> group,
            @Context SecurityContext security, @Context HttpServletRequest request) {
        return settings.apply(group, Caller.of(security, request));
    }
}

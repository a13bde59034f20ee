package org.parley.media.internal.service;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Permission;
import org.parley.api.rest.RestResource;

/**
 * {@code GET /api/v1/media/stats}: every meeting's media legs (state, {@code udp}/{@code tcp}, the
 * {@link org.parley.media.api.LegStats}) and the appliance's media totals, for the admin console. Read-only system
 * information: {@code system:read}, as {@code /api/v1/system/info} (admins and auditors). Comes and goes with the
 * media service.
 */
@Component(service = RestResource.class)
@Path("media/stats")
@Produces(MediaType.APPLICATION_JSON)
@Permission("system:read")
public class MediaStatsResource implements RestResource {

    private final MediaStatistics statistics;

    @Activate
    public MediaStatsResource(@Reference MediaStatistics statistics) {
        this.statistics = statistics;
    }

    /** The figures now. */
    @GET
    public MediaStatistics.Report stats() {
        return statistics.report();
    }
}

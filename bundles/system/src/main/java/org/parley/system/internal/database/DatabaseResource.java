package org.parley.system.internal.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Permission;
import org.parley.api.rest.RestResource;
import org.parley.store.api.DatabaseFacts;
import org.parley.store.api.TargetFacts;
import org.parley.system.internal.Caller;

/**
 * {@code /api/v1/system/database}: the database in use, a connection test of a PostgreSQL, and the move from the
 * embedded database to an empty PostgreSQL. Bodies carry the connection attributes of PID
 * {@code org.parley.store.Database}; nothing is stored by {@code test}.
 */
@Component(service = RestResource.class)
@Path("system/database")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DatabaseResource implements RestResource {

    private final DatabaseMove move;

    @Activate
    public DatabaseResource(@Reference DatabaseMove move) {
        this.move = move;
    }

    @GET
    @Permission("system:read")
    public DatabaseFacts get() {
        return move.describe();
    }

    @POST
    @Path("test")
    @Permission("system:write")
    public TargetFacts test(Map<String, Object> body) {
        return move.test(body);
    }

    @POST
    @Path("migrate")
    @Permission("system:write")
    public MoveResult migrate(Map<String, Object> body, @Context SecurityContext security,
            @Context HttpServletRequest request) {
        return move.migrate(body, Caller.of(security, request));
    }
}

package org.parley.health.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.api.Caller;
import org.parley.api.Clock;
import org.parley.api.Public;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminRequest;
import org.parley.api.health.HealthCheck;
import org.parley.api.rest.RestResource;
import org.parley.health.internal.net.Callers;

/**
 * {@code GET /api/v1/health}: every {@link HealthCheck} service, run with a time limit. Anyone gets UP or DOWN;
 * callers the {@link DetailPolicy} allows get every component. 503 only when a critical component is DOWN.
 * Also the admin command {@code health} (the same report in full, for {@code parleyctl status} and {@code check}),
 * so the local admin socket runs exactly the checks this endpoint runs.
 */
@Component(service = {RestResource.class, AdminCommand.class}, configurationPid = HealthResource.PID,
        property = AdminCommand.NAME + "=health")
@Designate(ocd = HealthResource.Config.class)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Public
public class HealthResource implements RestResource, AdminCommand {

    static final String PID = "org.parley.health.Health";
    private static final int MAX_CHECK_THREADS = 8;

    @ObjectClassDefinition(id = PID, name = "Parley health endpoint",
            description = "How /api/v1/health runs the health checks of every component.")
    public @interface Config {
        @AttributeDefinition(name = "Check time limit (ms)", min = "100", max = "60000",
                description = "A check that has not answered within this many milliseconds counts as DOWN.")
        int checkTimeoutMillis() default 2000;
    }

    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final DetailPolicy policy = new DetailPolicy();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    private volatile CheckRunner runner;
    private volatile HealthMonitor monitor;

    @Activate
    void activate(Config config) {
        if (config.checkTimeoutMillis() < 1) {
            throw new IllegalArgumentException(PID + ": checkTimeoutMillis must be at least 1, not "
                    + config.checkTimeoutMillis());
        }
        runner = new CheckRunner(Duration.ofMillis(config.checkTimeoutMillis()), MAX_CHECK_THREADS);
        monitor = new HealthMonitor(() -> checks, runner, this::now, policy);
    }

    @Deactivate
    void deactivate() {
        runner.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCheck(HealthCheck check) {
        checks.add(check);
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
        CheckRunner current = runner;
        if (current != null) {
            current.forget(check);
        }
    }

    /** The health of the appliance, in as much detail as the caller may see. */
    @GET
    public Response health(@Context HttpServletRequest request) {
        HealthView view = monitor.view(Callers.of(request),
                (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE));
        return Response.status(view.httpStatus()).entity(view.body()).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    /** The full report: the admin socket has already checked that its caller is root. */
    @Override
    public HealthReport run(AdminRequest request) {
        return monitor.report();
    }

    private Instant now() {
        Clock current = clock;
        return current != null ? current.now() : Instant.now();
    }
}

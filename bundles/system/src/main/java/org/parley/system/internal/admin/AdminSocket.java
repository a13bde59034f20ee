package org.parley.system.internal.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.admin.AdminCommand;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;
import org.parley.audit.api.AuditService;
import org.parley.system.internal.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin socket {@code ${parley.run}/admin.sock} (mode 0600): every {@link AdminCommand} service is callable
 * through it by root, each call audited. Its health check {@code admin-socket} (not critical) says whether it
 * listens, so {@code parleyctl status} and {@code /api/v1/health} show a socket that could not be opened.
 */
@Component(service = HealthCheck.class, immediate = true)
public class AdminSocket implements HealthCheck {

    static final String FILE_NAME = "admin.sock";
    static final int WORKERS = 4;
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(AdminSocket.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditService audit;

    private final AdminDispatcher dispatcher = new AdminDispatcher(new AuditTrail(() -> audit));
    private volatile SocketServer server;
    private volatile String problem = "not started";

    @Activate
    void activate(BundleContext context) {
        String run = context.getProperty("parley.run");
        if (run == null || run.isBlank()) {
            problem = "the framework property parley.run (the launcher's PARLEY_RUN) is not set";
            LOG.error("No admin socket: {}", problem);
            return;
        }
        Path socket = Path.of(run).resolve(FILE_NAME);
        try {
            Files.createDirectories(socket.getParent());
            server = SocketServer.open(socket, WORKERS, new RequestReader(AdminProtocol.MAX_REQUEST_BYTES,
                    READ_TIMEOUT), dispatcher);
            problem = null;
            LOG.info("parleyctl admin socket listening on {}", socket);
        } catch (IOException | RuntimeException e) {
            problem = "cannot listen on " + socket + ": " + e.getMessage();
            LOG.error("No admin socket: {}", problem);
        }
    }

    @Deactivate
    void deactivate() {
        SocketServer current = server;
        server = null;
        problem = "stopped";
        if (current != null) {
            current.close();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + AdminCommand.NAME + "=*)")
    void addCommand(AdminCommand command, Map<String, Object> properties) {
        dispatcher.add(String.valueOf(properties.get(AdminCommand.NAME)), command);
    }

    void removeCommand(AdminCommand command, Map<String, Object> properties) {
        dispatcher.remove(String.valueOf(properties.get(AdminCommand.NAME)), command);
    }

    @Override
    public String name() {
        return "admin-socket";
    }

    @Override
    public HealthResult check() {
        SocketServer current = server;
        String why = problem;
        if (current != null && why == null) {
            return HealthResult.up("parleyctl can connect to " + current.path());
        }
        return HealthResult.warn("parleyctl cannot reach Parley: " + why);
    }
}

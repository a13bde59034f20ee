package org.parley.system.internal.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one request: refuses anyone but root, finds the {@link AdminCommand} by name, runs it and audits the call
 * as {@code admin.<command>} (SUCCESS or FAILURE, the arguments with secrets masked, the reason of a failure).
 * A command that crashes is a failure reply naming the log, never a dropped connection. Thread-safe.
 */
final class AdminDispatcher {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_NOT_ROOT = 77;

    private static final Logger LOG = LoggerFactory.getLogger(AdminDispatcher.class);

    private final Map<String, AdminCommand> commands = new ConcurrentHashMap<>();
    private final AuditTrail audit;

    AdminDispatcher(AuditTrail audit) {
        this.audit = audit;
    }

    void add(String name, AdminCommand command) {
        commands.put(name, command);
    }

    void remove(String name, AdminCommand command) {
        commands.remove(name, command);
    }

    /** The reply line for a request read from {@code peer}. */
    String handle(Peer peer, AdminProtocol.Request request) {
        String action = "admin." + request.command();
        Map<String, String> details = SecretMask.masked(request.arguments());
        if (!peer.root()) {
            return refuse(peer, action, details, EXIT_NOT_ROOT, Peer.NOT_ROOT);
        }
        AdminCommand command = commands.get(request.command());
        if (command == null) {
            return refuse(peer, action, details, EXIT_USAGE, "unknown command '" + request.command()
                    + "'; this Parley knows: " + String.join(", ", new TreeSet<>(commands.keySet())));
        }
        try {
            Object result = command.run(new AdminRequest(request.command(), request.arguments(), peer.actor()));
            String reply = AdminProtocol.success(result);
            record(peer, action, Outcome.SUCCESS, details);
            return reply;
        } catch (AdminCommandException e) {
            return refuse(peer, action, details, e.exitStatus(), e.getMessage());
        } catch (Exception e) {
            LOG.error("Admin command {} failed", request.command(), e);
            return refuse(peer, action, details, EXIT_FAILED, "the command failed inside Parley ("
                    + e.getClass().getSimpleName() + "); the service's log has the details");
        }
    }

    /** A request that could not be read at all: audited as {@code admin.invalid}. */
    String unreadable(Peer peer, String reason) {
        return refuse(peer, "admin.invalid", Map.of(), peer.root() ? EXIT_USAGE : EXIT_NOT_ROOT,
                peer.root() ? "bad request: " + reason : Peer.NOT_ROOT);
    }

    private String refuse(Peer peer, String action, Map<String, String> details, int exitStatus, String message) {
        Map<String, String> withReason = new LinkedHashMap<>(details);
        withReason.put("exitStatus", Integer.toString(exitStatus));
        withReason.put("reason", message);
        record(peer, action, Outcome.FAILURE, withReason);
        return AdminProtocol.failure(exitStatus, message);
    }

    /** Status must answer even when the audit trail is down (that is when it is needed), so a lost record is logged. */
    private void record(Peer peer, String action, Outcome outcome, Map<String, String> details) {
        audit.recordOrLog(new Caller(peer.actor(), "local"), action, "parleyctl", outcome, details);
    }
}

package org.parley.system.internal.database;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.cm.ConfigurationAdmin;
import org.parley.api.rest.ProblemException;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditService;
import org.parley.audit.api.AuditVerification;
import org.parley.store.api.CopiedDatabase;
import org.parley.store.api.DatabaseFacts;
import org.parley.store.api.DatabaseTransfer;
import org.parley.store.api.TargetFacts;
import org.parley.store.api.TransferException;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;
import org.parley.system.internal.settings.SettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the appliance from embedded Derby to PostgreSQL: the store copies (target empty, schema by the owners'
 * migrations, rows with Derby frozen, counts equal), the audit chain is verified on the copy, and only then the
 * store's settings are written (see {@link StoreSettingsWriter} for why not through the settings service, which
 * is still asked whether a file manages the PID), which re-registers the store on PostgreSQL; the success is audited
 * on the new database. References are dynamic: the switch replaces the database, audit and settings services under
 * a request that is still running.
 */
@Component(service = DatabaseMove.class)
public class DatabaseMove {

    static final String ACTION = "database.migrate";
    static final String SETTINGS_ACTION = "settings.change";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMove.class);
    private static final long NEW_AUDIT_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(60);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DatabaseTransfer transfer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SettingsService settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + SettingsValidator.PID_PROPERTY + "=" + TargetBody.PID + ")")
    private volatile SettingsValidator storeValidator;

    @Reference
    private ConfigurationAdmin configAdmin;

    private final Object auditChange = new Object();
    private volatile AuditService audit;
    private final AtomicBoolean moving = new AtomicBoolean();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditService service) {
        synchronized (auditChange) {
            audit = service;
            auditChange.notifyAll();
        }
    }

    void unbindAudit(AuditService service) {
        synchronized (auditChange) {
            if (audit == service) {
                audit = null;
            }
        }
    }

    DatabaseFacts describe() {
        return transfer().describe();
    }

    TargetFacts test(Map<String, Object> body) {
        try {
            return transfer().test(TargetBody.read(body));
        } catch (TransferException e) {
            throw Problems.of(e);
        }
    }

    MoveResult migrate(Map<String, Object> body, Caller caller) {
        AuditTrail trail = new AuditTrail(() -> audit);
        String target = body != null && body.get("url") instanceof String url ? url : "";
        if (!moving.compareAndSet(false, true)) {
            throw refused(trail, caller, target, ProblemException.conflict("A move to PostgreSQL is already"
                    + " running; wait for its answer."));
        }
        try {
            return move(TargetBody.read(body), caller, trail);
        } catch (ProblemException e) {
            throw refused(trail, caller, target, e);
        } finally {
            moving.set(false);
        }
    }

    private MoveResult move(Map<String, Object> target, Caller caller, AuditTrail trail) {
        long started = System.nanoTime();
        DatabaseTransfer store = transfer();
        checkSettings(target);
        SettingsService settingsPath = settingsService();
        String managedBy = settingsPath.get(TargetBody.PID).managedBy();
        if (managedBy != null) {
            throw ProblemException.conflict(TargetBody.PID + " is managed by the file " + managedBy
                    + "; change the database there, or remove the file to move from the console");
        }
        String from = store.describe().url();
        CopiedDatabase copy;
        try {
            copy = store.copyTo(target);
        } catch (TransferException e) {
            throw Problems.of(e);
        }
        AuditVerification verified = verifyOrDiscard(copy);
        Map<String, Long> rows = new LinkedHashMap<>(copy.rowsByTable());
        AuditService before = audit;
        List<String> changed = switchOrDiscard(copy, TargetBody.settingsChange(target));
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        String to = (String) target.get("url");
        boolean audited = recordOnNewTrail(before, List.of(
                event(caller, ACTION, Outcome.SUCCESS, details(from, to, target, rows.size(), total, seconds)),
                event(caller, SETTINGS_ACTION, Outcome.SUCCESS, Map.of("attributes", String.join(",",
                        changed.stream().sorted().toList())))));
        LOG.info("database moved from {} to {}: {} tables, {} rows in {} s", from, to, rows.size(), total,
                String.format("%.1f", seconds));
        return new MoveResult(from, to, rows.size(), total, seconds, verified.recordsChecked(), rows, audited);
    }

    /** The store's own checks, before anything else (a file-managed PID or a copy) is looked at. */
    private void checkSettings(Map<String, Object> target) {
        if (!(target.get("url") instanceof String url) || url.isBlank()) {
            throw ProblemException.invalid("url", "url is required: the jdbc:postgresql://host[:port]/database of"
                    + " the empty PostgreSQL to move to");
        }
        List<SettingsProblem> problems = validator().validate(target);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.get(0).attribute(), problems.get(0).attribute() + " "
                    + problems.get(0).message());
        }
    }

    /**
     * Writes the store's settings; if that fails in any way, the copy is discarded, so that a retry finds it empty
     * and the embedded database takes borrowers again (the store holds them off from the copy until the switch).
     */
    private List<String> switchOrDiscard(CopiedDatabase copy, Map<String, Object> change) {
        try {
            List<String> changed = StoreSettingsWriter.write(configAdmin, validator(), change);
            copy.close();
            return changed;
        } catch (RuntimeException e) {
            try {
                copy.discard();
            } catch (TransferException discardFailed) {
                LOG.error("{}", discardFailed.getMessage());
            }
            throw e;
        }
    }

    /** The audit chain as the copy holds it; a copy that does not verify is discarded. */
    private AuditVerification verifyOrDiscard(CopiedDatabase copy) {
        String problem;
        try {
            AuditVerification result = auditService().verify(copy.database());
            if (result.intact()) {
                return result;
            }
            problem = "the audit chain does not verify on the copy: " + result.problem();
        } catch (AuditException | RuntimeException e) {
            problem = "the audit chain could not be verified on the copy: " + e.getMessage();
        }
        try {
            copy.discard();
            problem += "; the target was emptied again and the appliance stays on the embedded database";
        } catch (TransferException e) {
            problem += "; " + e.getMessage();
        }
        throw new ProblemException(422, "Copy not verified", problem);
    }

    /**
     * Writes the success record once the audit service bound to PostgreSQL is there, so that it continues the chain
     * that was copied; a record written to Derby now would be lost with it.
     */
    private boolean recordOnNewTrail(AuditService before, List<AuditEvent> events) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(NEW_AUDIT_WAIT_MILLIS);
        while (System.nanoTime() < deadline) {
            AuditService now = awaitAuditOtherThan(before, deadline);
            if (now == null) {
                break;
            }
            try {
                for (AuditEvent event : events) {
                    now.record(event);
                }
                return true;
            } catch (AuditException | RuntimeException e) {
                LOG.debug("audit on the new database not ready yet: {}", e.getMessage());
                before = now;
            }
        }
        LOG.warn("The database moved, but its {} audit record could not be written on the new database", ACTION);
        return false;
    }

    private AuditService awaitAuditOtherThan(AuditService before, long deadline) {
        synchronized (auditChange) {
            while (audit == null || audit == before) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return null;
                }
                try {
                    auditChange.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return audit;
        }
    }

    private static AuditEvent event(Caller caller, String action, Outcome outcome, Map<String, String> details) {
        return new AuditEvent(caller.actor(), caller.address(), action, TargetBody.PID, outcome, details);
    }

    private static Map<String, String> details(String from, String to, Map<String, Object> target, int tables,
            long rows, double seconds) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("before", from);
        details.put("after", to);
        details.put("user", String.valueOf(target.getOrDefault("user", "")));
        details.put("password", target.containsKey("password") ? "****" : "");
        details.put("passwordFile", String.valueOf(target.getOrDefault("passwordFile", "")));
        details.put("tables", Integer.toString(tables));
        details.put("rows", Long.toString(rows));
        details.put("seconds", String.format("%.1f", seconds));
        return details;
    }

    private ProblemException refused(AuditTrail trail, Caller caller, String target, ProblemException problem) {
        trail.recordOrLog(caller, ACTION, TargetBody.PID, Outcome.FAILURE, Map.of("after", target,
                "reason", problem.detail()));
        return problem;
    }

    private DatabaseTransfer transfer() {
        return running(transfer, "The store is not running; check health.");
    }

    private SettingsValidator validator() {
        return running(storeValidator, "The store's settings validator is not running; check health.");
    }

    private SettingsService settingsService() {
        return running(settings, "The settings service is not running; check health.");
    }

    /** A dynamically bound service, or 503 while it is away (e.g. being re-registered). */
    private static <T> T running(T service, String detail) {
        if (service == null) {
            throw new ProblemException(503, "Service unavailable", detail);
        }
        return service;
    }

    private AuditService auditService() throws AuditException {
        AuditService current = audit;
        if (current == null) {
            throw new AuditException("the audit service is not running", null);
        }
        return current;
    }
}

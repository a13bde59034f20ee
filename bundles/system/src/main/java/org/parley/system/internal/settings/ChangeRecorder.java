package org.parley.system.internal.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.audit.api.AuditException;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;

/**
 * Writes a checked group and audits it as {@code settings.change} (target the PID, details the attribute names and,
 * once checked, each one's {@code before.<id>}/{@code after.<id>} value: Password ones masked, long ones cut, see
 * {@link ChangeValues}). A change is reported as done only once its audit record is durable: when the audit trail
 * cannot be written, the group is rolled back. Refusals are audited with outcome FAILURE (attribute names only).
 */
final class ChangeRecorder {

    static final String ACTION = "settings.change";

    private final AuditTrail audit;

    ChangeRecorder(AuditTrail audit) {
        this.audit = audit;
    }

    List<GroupApplier.Written> write(GroupApplier applier, List<CheckedChange> checked, Caller caller) {
        try {
            return applier.apply(checked);
        } catch (GroupApplier.GroupFailure failure) {
            String restore = failure.restoreFailed().isEmpty() ? "the PIDs saved before it were restored"
                    : "restoring " + String.join(", ", failure.restoreFailed()) + " failed too: check them";
            for (CheckedChange change : checked) {
                audit.recordOrLog(caller, ACTION, change.pid(), Outcome.FAILURE,
                        details(change, "saving " + failure.pid() + " failed"));
            }
            throw new ProblemException(500, "Settings not saved", "Saving " + failure.pid()
                    + " in ConfigAdmin failed (see the log); " + restore + ", so nothing was half-applied.");
        }
    }

    void recordSuccess(GroupApplier applier, List<GroupApplier.Written> written, List<CheckedChange> checked,
            Caller caller) {
        try {
            for (CheckedChange change : checked) {
                audit.record(caller, ACTION, change.pid(), Outcome.SUCCESS, details(change, null));
            }
        } catch (AuditException | RuntimeException e) {
            applier.restore(written);
            throw new ProblemException(503, "Audit trail unavailable", "The change could not be audited ("
                    + e.getMessage() + "), so it was undone. Try again once the audit service is running.");
        }
    }

    /** Audits a refused change and returns the problem to throw. */
    ProblemException refused(Caller caller, String pid, List<String> attributes, ProblemException problem) {
        audit.recordOrLog(caller, ACTION, pid, Outcome.FAILURE, details(attributes, problem.detail()));
        return problem;
    }

    static Map<String, String> details(CheckedChange change, String reason) {
        Map<String, String> details = new LinkedHashMap<>(details(change.changed(), reason));
        details.putAll(change.values());
        return details;
    }

    private static Map<String, String> details(List<String> attributes, String reason) {
        List<String> sorted = new ArrayList<>(attributes);
        sorted.sort(null);
        return reason == null ? Map.of("attributes", String.join(",", sorted))
                : Map.of("attributes", String.join(",", sorted), "reason", reason);
    }
}

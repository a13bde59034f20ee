package org.parley.audit.internal;

import java.time.Instant;
import org.parley.api.health.HealthResult;
import org.parley.audit.api.AuditVerification;

/**
 * The newest verification of the appliance's own chain, as the {@code audit-chain} health check reports it.
 *
 * @param at when it ended, on the appliance clock
 * @param result what it found, or {@code null} when it could not run
 * @param error why it could not run, or {@code null}
 */
public record LastVerification(Instant at, AuditVerification result, String error) {

    static LastVerification of(Instant at, AuditVerification result) {
        return new LastVerification(at, result, null);
    }

    static LastVerification failed(Instant at, String error) {
        return new LastVerification(at, null, error);
    }

    /** DOWN when records are at fault (someone must look), WARN when it could not run, otherwise UP. */
    HealthResult health() {
        if (result == null) {
            return HealthResult.warn("the verification at " + at + " could not run: " + error);
        }
        if (!result.intact()) {
            return HealthResult.down("the verification at " + at + " failed at record #" + result.firstBadSequence()
                    + ": " + result.problem() + "; see the audit trail page (Verify the chain)");
        }
        return HealthResult.up("intact at " + at + ": " + result.recordsChecked() + " records, "
                + result.checkpointsChecked() + " checkpoints");
    }
}

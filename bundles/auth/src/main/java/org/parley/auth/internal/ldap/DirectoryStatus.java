package org.parley.auth.internal.ldap;

import org.parley.api.health.HealthResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the directory could be used the last time Parley asked it (sign-in, look-up, re-check, the minutely
 * probe), for the health check. Logs only when that changes, so a directory that is down does not flood the log.
 * Thread-safe.
 */
final class DirectoryStatus {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryStatus.class);

    private volatile String problem;
    private volatile boolean asked;

    void answered() {
        if (problem != null) {
            LOG.info("The directory answers again");
        }
        problem = null;
        asked = true;
    }

    void failed(String why) {
        if (!why.equals(problem)) {
            LOG.warn("The directory cannot be used: {}", why);
        }
        problem = why;
        asked = true;
    }

    /** UP when off or when the last contact worked; WARN with the reason when it did not (local accounts work). */
    HealthResult health(boolean enabled) {
        if (!enabled) {
            return HealthResult.up("Directory sign-in is off.");
        }
        String current = problem;
        if (current != null) {
            return HealthResult.warn("The directory cannot be reached, so directory users cannot sign in (local "
                    + "accounts can): " + current);
        }
        return HealthResult.up(asked ? "The directory answers." : "The directory has not been asked yet.");
    }
}

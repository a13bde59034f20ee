package org.parley.system.internal.admin;

import java.util.Map;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;

/**
 * The health bundle's report, asked through its {@code health} admin command (the checks that
 * {@code /api/v1/health} runs, in full detail), so the system bundle neither duplicates nor imports it.
 */
final class HealthView {

    private HealthView() {
    }

    /** The report, or a map saying why there is none (the health bundle stopped, or its checks failed). */
    static Object of(AdminCommand health, String caller) {
        if (health == null) {
            return Map.of("status", "UNKNOWN", "detail", "the health bundle (org.parley.health) is not running");
        }
        try {
            return health.run(new AdminRequest("health", Map.of(), caller));
        } catch (AdminCommandException | RuntimeException e) {
            return Map.of("status", "UNKNOWN", "detail", "the health checks did not answer: " + e.getMessage());
        }
    }
}

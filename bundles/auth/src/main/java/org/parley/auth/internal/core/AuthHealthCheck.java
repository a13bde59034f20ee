package org.parley.auth.internal.core;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;

/**
 * Health {@code auth} (not critical): UP when the accounts can be read, WARN when the initial admin password file
 * is still waiting (first sign-in not completed) or the accounts database cannot be read.
 */
@Component(service = HealthCheck.class)
public class AuthHealthCheck implements HealthCheck {

    @Reference
    private AuthCore core;

    @Override
    public String name() {
        return "auth";
    }

    @Override
    public boolean critical() {
        return false;
    }

    @Override
    public HealthResult check() {
        java.util.Optional<String> notReady = core.notReady();
        if (notReady.isPresent()) {
            return HealthResult.warn(notReady.get());
        }
        AuthServices services = core.services();
        try {
            long accounts = services.accounts.count();
            if (java.nio.file.Files.exists(services.firstRun.file())) {
                return HealthResult.up("The initial admin has not yet set a password and enrolled MFA ("
                        + services.firstRun.file() + " is waiting).");
            }
            return HealthResult.up(accounts + " accounts");
        } catch (RuntimeException e) {
            return HealthResult.warn("Accounts cannot be read: " + e.getMessage());
        }
    }
}

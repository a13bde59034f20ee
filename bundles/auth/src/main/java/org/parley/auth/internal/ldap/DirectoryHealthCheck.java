package org.parley.auth.internal.ldap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;

/**
 * Health {@code directory} (not critical: local accounts still sign in): UP when directory sign-in is off or the
 * last contact worked, WARN with the reason when the directory could not be used. Answers from the last contact
 * (sign-in, look-up, the minutely probe), never by asking the directory itself.
 */
@Component(service = HealthCheck.class)
public class DirectoryHealthCheck implements HealthCheck {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DirectoryRealm realm;

    @Override
    public String name() {
        return "directory";
    }

    @Override
    public boolean critical() {
        return false;
    }

    @Override
    public HealthResult check() {
        DirectoryRealm current = realm;
        if (current == null) {
            return HealthResult.up("Directory sign-in is not configured.");
        }
        return current.status().health(current.directory().settings().enabled());
    }
}

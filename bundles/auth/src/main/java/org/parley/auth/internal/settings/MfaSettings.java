package org.parley.auth.internal.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.account.Roles;

/** PID {@code org.parley.auth.Mfa}: which roles must use a second factor. */
@Component(service = MfaSettings.class, configurationPid = MfaSettings.PID)
@Designate(ocd = MfaSettings.Config.class)
public class MfaSettings {

    public static final String PID = "org.parley.auth.Mfa";

    @ObjectClassDefinition(name = "Parley multi-factor authentication", description = "Who must enrol TOTP.")
    public @interface Config {
        @AttributeDefinition(name = "Required for roles", description = "Accounts holding any of these roles must "
                + "enrol TOTP before they can do anything else (admin, auditor, host, member).",
                required = false, cardinality = 10)
        String[] requiredForRoles() default {"admin", "auditor"};

        @AttributeDefinition(name = "Issuer", description = "The name authenticator apps show next to the code.")
        String issuer() default "Parley";
    }

    private volatile MfaPolicy policy = MfaPolicy.DEFAULTS;

    @Activate
    @Modified
    void apply(Config config) {
        policy = parse(config);
    }

    static MfaPolicy parse(Config config) {
        Set<Role> roles;
        try {
            roles = Roles.parseRequested(config.requiredForRoles() == null ? List.of()
                    : Arrays.asList(config.requiredForRoles()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": requiredForRoles: " + e.getMessage(), e);
        }
        String issuer = config.issuer() == null || config.issuer().isBlank() ? "Parley" : config.issuer().strip();
        return new MfaPolicy(roles, issuer);
    }

    public MfaPolicy policy() {
        return policy;
    }
}

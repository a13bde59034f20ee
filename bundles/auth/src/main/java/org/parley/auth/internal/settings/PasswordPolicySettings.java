package org.parley.auth.internal.settings;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.auth.internal.password.CommonPasswords;
import org.parley.auth.internal.password.PasswordPolicy;

/** PID {@code org.parley.auth.PasswordPolicy}: what a new password must satisfy (NIST SP 800-63B). */
@Component(service = PasswordPolicySettings.class, configurationPid = PasswordPolicySettings.PID)
@Designate(ocd = PasswordPolicySettings.Config.class)
public class PasswordPolicySettings {

    public static final String PID = "org.parley.auth.PasswordPolicy";

    @ObjectClassDefinition(name = "Parley password policy", description = "Rules for new passwords. There is no "
            + "periodic expiry (NIST SP 800-63B).")
    public @interface Config {
        @AttributeDefinition(name = "Minimum length", description = "The shortest password accepted (8-128).",
                min = "8", max = "128")
        int minLength() default 12;

        @AttributeDefinition(name = "Refuse common passwords", description = "Refuse the 19,640 most common and "
                + "breached passwords.")
        boolean refuseCommon() default true;
    }

    private static final CommonPasswords COMMON = CommonPasswords.load();

    private volatile PasswordPolicy policy = defaults();

    public static PasswordPolicy defaults() {
        return new PasswordPolicy(12, true, COMMON);
    }

    @Activate
    @Modified
    void apply(Config config) {
        int minLength = SettingsCheck.range(PID, "minLength", config.minLength(), 8, 128);
        policy = new PasswordPolicy(minLength, config.refuseCommon(), COMMON);
    }

    public PasswordPolicy policy() {
        return policy;
    }
}

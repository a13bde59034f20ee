package org.parley.auth.internal.settings;

import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.auth.internal.session.SessionLimits;

/** PID {@code org.parley.auth.Sessions}: session timeouts and the sign-in banner; changes apply at once. */
@Component(service = SessionSettings.class, configurationPid = SessionSettings.PID)
@Designate(ocd = SessionSettings.Config.class)
public class SessionSettings {

    public static final String PID = "org.parley.auth.Sessions";

    @ObjectClassDefinition(name = "Parley sessions", description = "Browser session timeouts and the sign-in banner.")
    public @interface Config {
        @AttributeDefinition(name = "Idle timeout (minutes)", description = "A session without user activity for "
                + "this long ends; background polls do not count as activity (1-1440).", min = "1", max = "1440")
        int idleMinutes() default 15;

        @AttributeDefinition(name = "Absolute lifetime (hours)", description = "A session ends this long after "
                + "sign-in, active or not (1-720).", min = "1", max = "720")
        int absoluteHours() default 12;

        @AttributeDefinition(name = "Sign-in banner", description = "A notice shown on the sign-in page, e.g. the "
                + "hospital's legal notice; empty for none.", required = false)
        String signInBanner() default "";
    }

    private volatile SessionLimits limits = SessionLimits.DEFAULTS;

    @Activate
    @Modified
    void apply(Config config) {
        limits = parse(config);
    }

    static SessionLimits parse(Config config) {
        int idle = SettingsCheck.range(PID, "idleMinutes", config.idleMinutes(), 1, 1440);
        int absolute = SettingsCheck.range(PID, "absoluteHours", config.absoluteHours(), 1, 720);
        if (Duration.ofMinutes(idle).compareTo(Duration.ofHours(absolute)) > 0) {
            throw new IllegalArgumentException(PID + ": idleMinutes (" + idle + ") must not exceed absoluteHours ("
                    + absolute + ")");
        }
        String banner = config.signInBanner() == null ? "" : config.signInBanner().strip();
        return new SessionLimits(Duration.ofMinutes(idle), Duration.ofHours(absolute), banner);
    }

    public SessionLimits limits() {
        return limits;
    }
}

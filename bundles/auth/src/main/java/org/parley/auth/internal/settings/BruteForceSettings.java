package org.parley.auth.internal.settings;

import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.auth.internal.guard.BruteForcePolicy;

/** PID {@code org.parley.auth.BruteForce}: thresholds of the sign-in brute-force defence. */
@Component(service = BruteForceSettings.class, configurationPid = BruteForceSettings.PID)
@Designate(ocd = BruteForceSettings.Config.class)
public class BruteForceSettings {

    public static final String PID = "org.parley.auth.BruteForce";

    @ObjectClassDefinition(name = "Parley brute-force defence", description = "Slows down, then locks, repeated "
            + "failed sign-ins of one user name, and throttles client addresses that fail often.")
    public @interface Config {
        @AttributeDefinition(name = "Delay after failures", description = "Consecutive failures of one user name "
                + "after which each attempt must wait (1-100).", min = "1", max = "100")
        int delayAfterFailures() default 3;

        @AttributeDefinition(name = "First delay (seconds)", description = "The first wait; it doubles with each "
                + "further failure (1-60).", min = "1", max = "60")
        int delayBaseSeconds() default 1;

        @AttributeDefinition(name = "Longest delay (seconds)", description = "The wait never grows beyond this "
                + "(1-3600).", min = "1", max = "3600")
        int delayMaxSeconds() default 30;

        @AttributeDefinition(name = "Lock after failures", description = "Consecutive failures after which the "
                + "user name is locked (2-1000).", min = "2", max = "1000")
        int lockAfterFailures() default 10;

        @AttributeDefinition(name = "Lock duration (minutes)", description = "How long a lock lasts (1-1440).",
                min = "1", max = "1440")
        int lockMinutes() default 15;

        @AttributeDefinition(name = "Failures per address", description = "Failed sign-ins from one client "
                + "address within the window after which that address is throttled (1-100000).",
                min = "1", max = "100000")
        int addressMaxFailures() default 50;

        @AttributeDefinition(name = "Address window (minutes)", description = "The window counted per address "
                + "(1-1440).", min = "1", max = "1440")
        int addressWindowMinutes() default 15;
    }

    private volatile BruteForcePolicy policy = BruteForcePolicy.DEFAULTS;

    @Activate
    @Modified
    void apply(Config config) {
        policy = parse(config);
    }

    static BruteForcePolicy parse(Config c) {
        int delayAfter = SettingsCheck.range(PID, "delayAfterFailures", c.delayAfterFailures(), 1, 100);
        int base = SettingsCheck.range(PID, "delayBaseSeconds", c.delayBaseSeconds(), 1, 60);
        int max = SettingsCheck.range(PID, "delayMaxSeconds", c.delayMaxSeconds(), base, 3600);
        int lockAfter = SettingsCheck.range(PID, "lockAfterFailures", c.lockAfterFailures(), 2, 1000);
        int lockMinutes = SettingsCheck.range(PID, "lockMinutes", c.lockMinutes(), 1, 1440);
        int addressMax = SettingsCheck.range(PID, "addressMaxFailures", c.addressMaxFailures(), 1, 100_000);
        int window = SettingsCheck.range(PID, "addressWindowMinutes", c.addressWindowMinutes(), 1, 1440);
        return new BruteForcePolicy(delayAfter, Duration.ofSeconds(base), Duration.ofSeconds(max), lockAfter,
                Duration.ofMinutes(lockMinutes), addressMax, Duration.ofMinutes(window));
    }

    public BruteForcePolicy policy() {
        return policy;
    }
}

package org.parley.meetings.internal;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.api.Clock;
import org.parley.audit.api.AuditService;
import org.parley.meetings.internal.model.MeetingPolicy;
import org.parley.meetings.internal.passcode.PasscodeCipher;
import org.parley.meetings.internal.store.MeetingStore;
import org.parley.store.api.Database;
import org.parley.store.api.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires {@link Meetings} to the database (migrating the {@code meetings} tables), audit, the clock and the
 * passcode key {@code ${parley.var.lib}/keys/meetings-passcode.key}, and reads the organisation's policy
 * (PID {@code org.parley.meetings.Policy}). A bad policy change is refused with a log line; the last good one stays.
 */
@Component(service = MeetingsCore.class, configurationPid = MeetingPolicy.PID, immediate = true)
@Designate(ocd = MeetingsCore.Config.class)
public final class MeetingsCore {

    /** The organisation-wide meeting policy. */
    @ObjectClassDefinition(id = MeetingPolicy.PID, name = "Parley meeting policy",
            description = "Rules every meeting follows; enforced when meetings are created and edited.")
    public @interface Config {
        @AttributeDefinition(name = "Passcode required", description = "Every meeting must have a passcode.")
        boolean passcodeRequired() default false;

        @AttributeDefinition(name = "Waiting room by default", description = "New meetings start with a waiting room.")
        boolean waitingRoomDefault() default true;

        @AttributeDefinition(name = "Guests allowed",
                description = "Hosts may let people join without signing in; off = members only.")
        boolean guestsAllowed() default true;

        @AttributeDefinition(name = "Maximum participants", min = "2", max = "1000",
                description = "The most participants a meeting may allow (2 to 1000).")
        int maxParticipants() default 100;
    }

    private static final Logger LOG = LoggerFactory.getLogger(MeetingsCore.class);

    /** Dynamic and greedy: a test clock registered later (ranked higher) takes over without a restart. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    private final AtomicReference<MeetingPolicy> policy;
    private final Meetings meetings;
    private final Path keys;

    @Activate
    public MeetingsCore(@Reference Database database, @Reference AuditService audit, BundleContext context,
            Config config) throws MigrationException {
        database.migrate("meetings", MeetingsCore.class);
        this.policy = new AtomicReference<>(policy(config));
        String varLib = context.getProperty("parley.var.lib");
        if (varLib == null || varLib.isBlank()) {
            throw new IllegalStateException(MeetingPolicy.PID + ": the framework property parley.var.lib is not set;"
                    + " the Parley launcher sets it to an absolute folder");
        }
        this.keys = Path.of(varLib, "keys");
        PasscodeCipher passcodes = new PasscodeCipher(keys.resolve("meetings-passcode.key"));
        this.meetings = new Meetings(new MeetingStore(database.dataSource()), audit, clock(), passcodes, policy::get);
    }

    @Modified
    void modified(Config config) {
        try {
            policy.set(policy(config));
        } catch (IllegalArgumentException e) {
            LOG.error("{}; keeping the previous meeting policy", e.getMessage());
        }
    }

    public Meetings meetings() {
        return meetings;
    }

    /** The appliance clock as bound now (a test clock registered later takes over). */
    public Clock clock() {
        return () -> clock.now();
    }

    /** The folder of the bundle's key files, {@code ${parley.var.lib}/keys}. */
    public Path keys() {
        return keys;
    }

    static MeetingPolicy policy(Config config) {
        return new MeetingPolicy(config.passcodeRequired(), config.waitingRoomDefault(), config.guestsAllowed(),
                config.maxParticipants());
    }
}

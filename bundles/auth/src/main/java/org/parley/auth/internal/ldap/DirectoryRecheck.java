package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.LDAPException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.Clock;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.core.ExternalAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-checks the directory's users every {@code recheckMinutes} on the {@link Clock} (a test clock moved ahead
 * triggers it at the next tick, within 15 s): a user removed from the directory, disabled there or in no mapped group
 * any more loses every session and token ({@code auth.realm.revoke}); the others get their profile and roles
 * updated. The directory is asked about everyone before anything changes, so a directory that goes down half-way
 * revokes nothing: while it cannot be reached, sessions stay. Between re-checks the tick only probes the directory,
 * so the health check stays current.
 */
@Component(service = {})
public class DirectoryRecheck {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryRecheck.class);
    private static final long STOP_SECONDS = 5;
    private static final long TICK_SECONDS = 15;
    private static final long PROBE_NANOS = TimeUnit.MINUTES.toNanos(1);

    @Reference
    private DirectoryRealm realm;

    @Reference
    private AuthCore core;

    /** Dynamic and greedy: a test clock registered later (ranked higher) takes over without a restart. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    private volatile Instant lastRecheck;
    private volatile long lastProbeNanos = System.nanoTime();
    private ScheduledThreadPoolExecutor ticker;

    /** For Declarative Services. */
    public DirectoryRecheck() {
    }

    /** Without a scheduler: the test calls {@link #tick()}. */
    DirectoryRecheck(DirectoryRealm realm, AuthCore core, Clock clock) {
        this.realm = realm;
        this.core = core;
        this.clock = clock;
        this.lastRecheck = clock.now();
    }

    @Activate
    void start() {
        lastRecheck = clock.now();
        ticker = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "parley-directory-recheck"));
        ticker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        ticker.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** Lets a re-check under way finish: no interrupt, since Derby treats an interrupted thread as a fault. */
    @Deactivate
    void stop() throws InterruptedException {
        ticker.shutdown();
        if (!ticker.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("The directory re-check did not stop within {} s", STOP_SECONDS);
            ticker.shutdownNow();
        }
    }

    /** Every 15 s: the re-check when it is due on the clock, else (once a minute at most) a probe. */
    void tick() {
        Directory directory = realm.directory();
        if (!directory.settings().enabled()) {
            return;
        }
        try {
            Instant now = clock.now();
            if (now.isBefore(lastRecheck.plus(directory.settings().recheck()))) {
                if (System.nanoTime() - lastProbeNanos >= PROBE_NANOS) {
                    lastProbeNanos = System.nanoTime();
                    directory.use(realm.status(), connection -> null);
                }
            } else {
                lastRecheck = now;
                recheck(directory, core.services());
            }
        } catch (DirectoryUnavailable | LDAPException e) {
            LOG.debug("Directory not usable; the status logged why", e);
        } catch (RuntimeException e) {
            LOG.warn("The directory re-check failed: {}", e.getMessage(), e);
        }
    }

    private void recheck(Directory directory, AuthServices services) throws DirectoryUnavailable, LDAPException {
        ExternalAccounts external = services.external;
        List<Account> accounts = external.inRealm(Standing.REALM);
        Map<Account, Optional<Standing>> answers = directory.use(realm.status(), connection -> {
            Map<Account, Optional<Standing>> standings = new LinkedHashMap<>();
            for (Account account : accounts) {
                Optional<DirectoryUser> user = directory.queries().byId(connection, account.externalId(),
                        account.username());
                standings.put(account, user.isEmpty() ? Optional.empty()
                        : Optional.of(directory.queries().standing(connection, user.get())));
            }
            return standings;
        });
        int revoked = 0;
        for (Map.Entry<Account, Optional<Standing>> answer : answers.entrySet()) {
            Account account = answer.getKey();
            Optional<String> refusal = answer.getValue().map(Standing::refusal)
                    .orElse(Optional.of("removed from the directory"));
            if (refusal.isEmpty()) {
                external.sync(answer.getValue().get().identity());
            } else if (!services.sessions.ofAccount(account.id()).isEmpty()
                    || !services.tokens.ofAccount(account.id()).isEmpty()) {
                external.revoke(account, refusal.get());
                revoked++;
            }
        }
        LOG.info("Directory re-check: {} accounts, {} revoked", answers.size(), revoked);
    }
}

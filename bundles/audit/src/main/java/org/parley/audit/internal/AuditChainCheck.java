package org.parley.audit.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.Clock;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;
import org.parley.audit.api.AuditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health component {@code audit-chain}: the outcome of the newest verification of the chain (DOWN when it found a
 * record at fault; never critical, the appliance keeps serving). Reading it writes no audit record, so the
 * dashboard can poll it. When no verification ran for {@link #EVERY} on the appliance clock, a check starts one in
 * the background (a walk of the whole chain can take longer than a health check may) and reports the previous one.
 */
@Component(service = HealthCheck.class)
public final class AuditChainCheck implements HealthCheck {

    /** How old the newest verification may get before a check starts another. */
    static final Duration EVERY = Duration.ofHours(6);

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainCheck.class);

    private final ChainVerifications chain;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "parley-audit-verify");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public AuditChainCheck(@Reference ChainVerifications chain,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }

    @Override
    public String name() {
        return "audit-chain";
    }

    @Override
    public HealthResult check() {
        Optional<LastVerification> last = chain.lastVerification();
        if (last.isEmpty() || !last.get().at().plus(EVERY).isAfter(clock.now())) {
            startVerification();
        }
        return last.map(LastVerification::health)
                .orElse(HealthResult.up("not verified since the audit service started; a verification is running"));
    }

    private void startVerification() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    chain.verify();
                } catch (AuditException | RuntimeException e) {
                    LOG.warn("The periodic audit chain verification could not run: {}", e.getMessage());
                } finally {
                    running.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            running.set(false);
        }
    }
}

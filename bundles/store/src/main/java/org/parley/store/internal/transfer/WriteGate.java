package org.parley.store.internal.transfer;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.store.api.TransferException;
import org.parley.store.api.TransferException.Reason;
import org.parley.store.internal.pool.OpenDatabase;

/**
 * Holds everyone else off the embedded database from the start of a copy until the appliance has left it: its pool
 * is suspended, and a suspended pool fails a new borrower at once (HikariCP's {@value #THROW_IF_SUSPENDED}), so a
 * write made during the move fails where its caller sees it (an error answer to retry) instead of landing in a
 * database that the copy has already read. Connections already borrowed are waited for before the copy starts.
 *
 * <p>Opened again when the copy is discarded; kept shut when it is kept, because the store then closes this pool as
 * it switches to the copy.
 */
final class WriteGate {

    static final String THROW_IF_SUSPENDED = "com.zaxxer.hikari.throwIfSuspended";
    private static final long POLL_MILLIS = 20;

    private final HikariPoolMXBean pool;
    private final AtomicBoolean shut = new AtomicBoolean(true);

    private WriteGate(HikariPoolMXBean pool) {
        this.pool = pool;
    }

    /**
     * Suspends the pool of {@code source} and waits until only the copy's own {@code ownConnections} are borrowed.
     * If others stay borrowed longer than {@code wait}, the pool is resumed and nothing was copied.
     */
    static WriteGate shut(OpenDatabase source, int ownConnections, Duration wait) throws TransferException {
        System.setProperty(THROW_IF_SUSPENDED, "true");
        HikariPoolMXBean pool = source.poolStatistics();
        pool.suspendPool();
        WriteGate gate = new WriteGate(pool);
        long deadline = System.nanoTime() + wait.toNanos();
        int borrowed;
        while ((borrowed = pool.getActiveConnections() - ownConnections) > 0) {
            if (System.nanoTime() > deadline) {
                gate.open();
                throw new TransferException(Reason.BUSY, null, borrowed + " other connection(s) to "
                        + source.location() + " stayed in use for " + wait.toSeconds() + " s, so nothing was"
                        + " copied: drain the appliance (parleyctl drain) and try again", null);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                gate.open();
                throw new TransferException(Reason.FAILED, null, "interrupted while waiting for the embedded"
                        + " database's connections; nothing was copied", e);
            }
        }
        return gate;
    }

    /** Lets borrowers in again (the copy was discarded or failed). Idempotent. */
    void open() {
        if (shut.compareAndSet(true, false)) {
            pool.resumePool();
        }
    }
}

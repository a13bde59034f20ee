package org.parley.store.internal;

import java.lang.management.ManagementFactory;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.parley.api.FatalConfiguration;
import org.parley.store.api.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A migration that fails while Parley starts (typically the first start after an upgrade) ends the start: it
 * registers a {@link FatalConfiguration}, on which the launcher prints the cause and exits with 78, which the unit's
 * {@code RestartPreventExitStatus=} keeps down instead of restarting into the same failure. The owner's scripts ran in
 * one transaction, so the database still holds the previous schema and the way back is the previous package (or
 * restoring the pre-upgrade backup). "While Parley starts" is while the framework is starting or within the JVM's
 * first {@link #START_WINDOW_MILLIS} ms: on PostgreSQL the store activates only once the settings file is read, after
 * the framework has started. A migration failing later (a bundle deployed while Parley runs) leaves that bundle's
 * component down and the service running. A database that cannot be reached is never fatal: the owners retry.
 */
final class FailedMigration {

    static final long START_WINDOW_MILLIS = 120_000;
    private static final Logger LOG = LoggerFactory.getLogger(FailedMigration.class);

    private FailedMigration() {
    }

    /** Reports the failure through this bundle's context (none outside OSGi); returns whether it ends the start. */
    static boolean report(MigrationException failure) {
        Bundle bundle = FrameworkUtil.getBundle(FailedMigration.class);
        return report(bundle == null ? null : bundle.getBundleContext(), failure,
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** Reports the failure; returns whether it ends the start. */
    static boolean report(BundleContext context, MigrationException failure, long uptimeMillis) {
        LOG.error("database migration failed: {}", failure.getMessage());
        if (context == null || unreachable(failure) || context.getBundle(0).getState() != Bundle.STARTING
                && uptimeMillis > START_WINDOW_MILLIS) {
            return false;
        }
        String cause = "database migration failed: " + failure.getMessage() + ". The database keeps its previous"
                + " schema. The way back: install the previous Parley package, or restore the automatic backup"
                + " of /var/lib/parley/backup/pre-upgrade-*.pbk with 'parleyctl restore FILE --key-file"
                + " /etc/parley/secrets/backup.key' (see /usr/share/doc/parley/README, 'Upgrades')";
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(FatalConfiguration.CAUSE_PROPERTY, cause);
        FatalConfiguration fatal = () -> cause;
        context.registerService(FatalConfiguration.class, fatal, properties);
        return true;
    }

    /**
     * Whether the database could not be reached (SQL state class 08, a transient or connection failure, a network
     * error): not the upgrade's fault, and the owners retry once it is back, so the start goes on.
     */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SocketException || cause instanceof UnknownHostException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}

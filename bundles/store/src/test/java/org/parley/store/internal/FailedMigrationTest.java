package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.parley.api.FatalConfiguration;
import org.parley.store.api.MigrationException;

/** A migration failing while Parley starts ends the start with its cause; later, it does not. */
class FailedMigrationTest {

    private final List<Dictionary<?, ?>> registered = new ArrayList<>();

    @Test
    void duringStartItRegistersAFatalConfigurationNamingTheCauseAndTheWayBack() {
        assertTrue(FailedMigration.report(context(Bundle.STARTING), failure(), 3_600_000));
        // On PostgreSQL the store activates after the framework has started, still within the start window.
        assertTrue(FailedMigration.report(context(Bundle.ACTIVE), failure(), 20_000));
        assertEquals(2, registered.size());
        String cause = registered.get(0).get(FatalConfiguration.CAUSE_PROPERTY).toString();
        assertTrue(cause.contains("auth: V7__roles.sql line 3: table exists"), cause);
        assertTrue(cause.contains("parleyctl restore"), cause);
    }

    @Test
    void onceRunningItOnlyReports() {
        assertFalse(FailedMigration.report(context(Bundle.ACTIVE), failure(),
                FailedMigration.START_WINDOW_MILLIS + 1));
        assertFalse(FailedMigration.report(null, failure(), 0));
        assertTrue(registered.isEmpty());
    }

    @Test
    void anUnreachableDatabaseIsNeverFatal() {
        MigrationException refused = new MigrationException("migration of 'auth' failed: Connection refused",
                new RuntimeException(new java.sql.SQLException("Connection refused", "08001")));
        MigrationException timedOut = new MigrationException("migration of 'auth' failed: not available",
                new java.sql.SQLTransientConnectionException("Connection is not available, request timed out"));
        assertFalse(FailedMigration.report(context(Bundle.STARTING), refused, 0));
        assertFalse(FailedMigration.report(context(Bundle.STARTING), timedOut, 0));
        assertTrue(registered.isEmpty());
    }

    private static MigrationException failure() {
        return new MigrationException("auth: V7__roles.sql line 3: table exists", null);
    }

    private BundleContext context(int frameworkState) {
        Bundle framework = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getState")) {
                        return frameworkState;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getBundle":
                            return framework;
                        case "registerService":
                            registered.add((Dictionary<?, ?>) args[2]);
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}

package org.parley.store.internal;

import javax.sql.DataSource;
import org.parley.store.api.Database;
import org.parley.store.api.MigrationException;
import org.parley.store.internal.pool.OpenDatabase;

/** A {@link Database} that forwards to the open pool it currently holds (the component's or a test's). */
abstract class DelegatingDatabase implements Database {

    /** The open database to forward to. */
    abstract OpenDatabase database();

    @Override
    public Vendor vendor() {
        return database().vendor();
    }

    @Override
    public DataSource dataSource() {
        return database().dataSource();
    }

    @Override
    public String migrate(String owner, Class<?> anchor) throws MigrationException {
        return database().migrate(owner, anchor);
    }
}

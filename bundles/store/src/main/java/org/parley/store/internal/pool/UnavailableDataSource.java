package org.parley.store.internal.pool;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that is not there yet: every connection attempt fails with the reason, as an unreachable one would. */
public final class UnavailableDataSource implements DataSource {

    private final String reason;

    public UnavailableDataSource(String reason) {
        this.reason = reason;
    }

    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLException(reason, "08001");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Nothing is logged by a data source that opens nothing.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // No connection is ever attempted.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}

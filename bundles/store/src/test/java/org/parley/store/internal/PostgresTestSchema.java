package org.parley.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A schema of its own in the shared test PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres},
 * trust authentication), dropped with everything in it on {@link #close()}.
 */
public final class PostgresTestSchema implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String USER = "postgres";

    private final String name = "store_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private PostgresTestSchema() {
    }

    public static PostgresTestSchema create() throws SQLException {
        PostgresTestSchema schema = new PostgresTestSchema();
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    public String name() {
        return name;
    }

    /** A URL whose connections work in this schema, through {@code port} (the server's or a proxy's). */
    public String url(int port) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/test?currentSchema=" + name;
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/test",
                USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package org.parley.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A database of its own on the shared PostgreSQL server (127.0.0.1:5432), dropped when closed. */
final class PostgresDatabase implements AutoCloseable {

    static final int PORT = 5432;
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:" + PORT + "/";

    private final String name = "parley_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresDatabase() throws SQLException {
        admin("CREATE DATABASE " + name);
    }

    String name() {
        return name;
    }

    /** The store's settings file pointing Parley at this database through the given port. */
    String settingsFile(int port) {
        return "url=jdbc:postgresql://127.0.0.1:" + port + "/" + name + "\nuser=postgres\nsslMode=disable\n"
                + "connectTimeoutSeconds=2\n";
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

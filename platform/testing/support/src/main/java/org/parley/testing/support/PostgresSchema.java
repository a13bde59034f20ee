package org.parley.testing.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A schema of its own on the test PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}, trust
 * auth), so tests on one server never see each other's tables: {@link #create}, use {@link #url}, {@link #drop}.
 */
public final class PostgresSchema {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String name;

    /** A new random name starting with {@code prefix} (letters, digits and underscores only). */
    public PostgresSchema(String prefix) {
        this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public String url() {
        return SERVER + "?currentSchema=" + name;
    }

    public String user() {
        return "postgres";
    }

    public void create() throws SQLException {
        execute("CREATE SCHEMA " + name);
    }

    public void drop() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

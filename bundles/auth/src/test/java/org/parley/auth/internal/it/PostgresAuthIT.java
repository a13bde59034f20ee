package org.parley.auth.internal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.parley.store.internal.StandaloneDatabase;

/** The auth contract on the test PostgreSQL (127.0.0.1:5432, database test), in a random schema dropped after. */
class PostgresAuthIT extends AuthContract {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private final String schema = "auth_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected StandaloneDatabase openDatabase() throws SQLException {
        execute("CREATE SCHEMA " + schema);
        return StandaloneDatabase.openPostgres(SERVER + "?currentSchema=" + schema, "postgres", "");
    }

    @Override
    protected void dropDatabase() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package org.parley.store.api;

import java.util.List;

/**
 * The database the appliance runs on, for the console's System page.
 *
 * @param vendor {@code Derby} or {@code PostgreSQL}
 * @param version the server's product version, empty when it cannot be reached
 * @param url the JDBC URL without any password ({@code jdbc:derby:<folder>} for the embedded one)
 * @param user the PostgreSQL role, empty for Derby
 * @param pool the connection pool's figures
 * @param sizeBytes the database's size on disk, or -1 when not known
 * @param owners the migration owners that created tables in it since the store started, in that order
 */
public record DatabaseFacts(String vendor, String version, String url, String user, PoolFigures pool,
        long sizeBytes, List<String> owners) {

    public DatabaseFacts {
        owners = List.copyOf(owners);
    }

    /**
     * @param active connections in use
     * @param idle connections open and free
     * @param total connections open
     * @param waiting threads waiting for a connection
     * @param maximum the most connections the pool opens
     */
    public record PoolFigures(int active, int idle, int total, int waiting, int maximum) {
    }
}

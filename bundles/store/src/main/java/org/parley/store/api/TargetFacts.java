package org.parley.store.api;

import java.util.List;

/**
 * What a connection test found on a PostgreSQL.
 *
 * @param endpoint {@code host:port} as the settings name it
 * @param database the database name
 * @param schema the schema Parley's tables would go into
 * @param version the server's version, e.g. {@code 15.20}
 * @param empty whether the schema holds no tables (a copy needs an empty one)
 * @param tables up to five of the tables found, empty when empty
 * @param tableCount how many tables the schema holds
 */
public record TargetFacts(String endpoint, String database, String schema, String version, boolean empty,
        List<String> tables, int tableCount) {

    public TargetFacts {
        tables = List.copyOf(tables);
    }
}

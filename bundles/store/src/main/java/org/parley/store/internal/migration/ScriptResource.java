package org.parley.store.internal.migration;

import java.io.Reader;
import java.io.StringReader;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * One SQL migration script, already read into memory (scripts are small, and reading them up front means a
 * bundle being stopped mid-migration cannot leave Flyway with a half-readable resource).
 */
final class ScriptResource extends LoadableResource {

    private final String relativePath;
    private final String origin;
    private final String sql;

    /**
     * @param relativePath e.g. {@code db/migration/audit/common/V1__records.sql}
     * @param origin where it was read from (a bundle entry URL or a file), for messages
     * @param sql the script's text
     */
    ScriptResource(String relativePath, String origin, String sql) {
        this.relativePath = relativePath;
        this.origin = origin;
        this.sql = sql;
    }

    @Override
    public Reader read() {
        return new StringReader(sql);
    }

    @Override
    public String getAbsolutePath() {
        return relativePath;
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return origin;
    }

    @Override
    public String getFilename() {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }

    @Override
    public String getRelativePath() {
        return relativePath;
    }
}

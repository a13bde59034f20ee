package org.parley.store.api;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A finished copy on the target PostgreSQL, still open so that the caller can check it (e.g. verify the audit
 * chain there) before switching. Either {@link #discard()} it, which empties the target again, or
 * {@link #close()} it to keep it. Not thread-safe: one caller.
 */
@ProviderType
public interface CopiedDatabase extends AutoCloseable {

    /** The target, open on its own small pool until {@link #close()}. */
    Database database();

    /** Rows copied by table (lower-case names), in copy order; each equals the source's count. */
    Map<String, Long> rowsByTable();

    /** Seconds the copy took, schema creation included. */
    double seconds();

    /** Drops every table and sequence the copy created, leaving the target empty, then closes it. */
    void discard() throws TransferException;

    /** Closes the target's pool and keeps the data. */
    @Override
    void close();
}

package org.parley.store.api;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Moving the appliance's data from the embedded Derby database to an empty PostgreSQL, published by the store
 * bundle next to {@link Database} (and re-registered with it). Settings maps hold the attributes of PID
 * {@code org.parley.store.Database} ({@code url}, {@code user}, {@code password} or {@code passwordFile},
 * {@code sslMode}, {@code sslRootCert}) and are checked exactly as the store checks them when it activates.
 * Nothing here changes the settings: the caller switches once it has verified the copy. Thread-safe; one
 * {@link #copyTo} at a time.
 */
@ProviderType
public interface DatabaseTransfer {

    /** What the appliance runs on now; never throws (an unreachable database gives an empty version). */
    DatabaseFacts describe();

    /**
     * Connects to the PostgreSQL the settings name, as the store would, and says whether its schema is empty.
     *
     * @throws TransferException {@code INVALID} for settings the store would refuse, {@code UNREACHABLE} with the
     *     server's or the network's reason
     */
    TargetFacts test(Map<String, ?> settings) throws TransferException;

    /**
     * Copies the embedded database to an empty PostgreSQL: creates the schema there with every owner's migrations,
     * copies every table's rows (not the schema histories) with writes to Derby held, advances identity columns,
     * and compares row counts. On failure the target is left empty again. The returned copy is open: verify it,
     * then {@link CopiedDatabase#discard()} or {@link CopiedDatabase#close()} it.
     *
     * @throws TransferException {@code INVALID}, {@code UNREACHABLE}, {@code NOT_EMPTY} (naming up to five
     *     tables), {@code NOT_EMBEDDED} (already on PostgreSQL), {@code BUSY} (a copy is running) or
     *     {@code FAILED} (the reason; the target is empty again)
     */
    CopiedDatabase copyTo(Map<String, ?> settings) throws TransferException;
}

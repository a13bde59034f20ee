package org.parley.audit.internal.store;

import java.time.Instant;

/**
 * The row writers lock before appending: where the chain ends and when it was last checkpointed.
 *
 * @param chainId random id of this chain, fixed when the tables are first used
 */
public record ChainHead(String chainId, long lastSequence, String lastHash, long checkpointSequence,
        Instant checkpointTime) {
}

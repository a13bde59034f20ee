package org.parley.audit.internal.chain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a write also lays down a signed checkpoint: after every {@code everyRecords} records, and on the first
 * write once {@code interval} has passed since the last checkpoint (judged by the appliance clock at write time).
 */
public record CheckpointPolicy(int everyRecords, Duration interval) {

    public boolean due(long lastCheckpointSequence, Instant lastCheckpointTime, long sequence, Instant now) {
        return sequence - lastCheckpointSequence >= everyRecords
                || !now.isBefore(lastCheckpointTime.plus(interval));
    }
}

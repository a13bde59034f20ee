package org.parley.system.internal.logs;

import java.time.Instant;

/** One file of the log folder as {@code GET /api/v1/system/logs} lists it. */
public record LogFile(String name, long size, Instant modified) {
}

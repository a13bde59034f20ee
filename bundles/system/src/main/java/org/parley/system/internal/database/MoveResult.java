package org.parley.system.internal.database;

import java.util.Map;

/**
 * The answer of a finished move.
 *
 * @param from the URL the appliance ran on
 * @param to the PostgreSQL URL it runs on now
 * @param tables how many tables were copied
 * @param rows how many rows were copied in all
 * @param seconds how long copy, verification and switch took
 * @param auditRecordsVerified how many audit records verified on the target
 * @param rowsByTable rows per table, in copy order
 * @param audited whether the {@code database.migrate} record reached the new database's audit trail
 */
public record MoveResult(String from, String to, int tables, long rows, double seconds, long auditRecordsVerified,
        Map<String, Long> rowsByTable, boolean audited) {
}

package org.parley.audit.internal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.internal.stream.JsonLines;

/** How an {@link AuditRecord} maps to a row of {@code audit_record}, and the column limits values are cut to. */
public final class RecordRows {

    public static final int ACTOR_LENGTH = 256;
    public static final int CLIENT_LENGTH = 64;
    public static final int ACTION_LENGTH = 128;
    public static final int TARGET_LENGTH = 1024;

    /** Marks a row whose outcome or details were edited into something unreadable. */
    static final String UNREADABLE = "unreadable";

    static final String COLUMNS = "seq, recorded_at, actor, client_address, action_name, target_name, outcome, "
            + "details, previous_hash, record_hash";

    private RecordRows() {
    }

    /**
     * Reads one row. A row edited so that its outcome or details can no longer be parsed is still returned, with
     * a hash that cannot match, so the verifier names it as altered instead of failing on it.
     */
    static AuditRecord read(ResultSet row) throws SQLException {
        String storedHash = row.getString("record_hash");
        String storedDetails = row.getString("details");
        AuditEvent.Outcome outcome;
        Map<String, String> details;
        try {
            outcome = AuditEvent.Outcome.valueOf(row.getString("outcome"));
            details = Map.copyOf(JsonLines.parseDetails(storedDetails));
        } catch (RuntimeException unreadable) {
            outcome = AuditEvent.Outcome.FAILURE;
            details = Map.of(UNREADABLE, String.valueOf(storedDetails));
            storedHash = UNREADABLE + " " + storedHash;
        }
        return new AuditRecord(row.getLong("seq"), Instant.ofEpochMilli(row.getLong("recorded_at")),
                row.getString("actor"), row.getString("client_address"), row.getString("action_name"),
                row.getString("target_name"), outcome, details, row.getString("previous_hash"), storedHash);
    }

    static void bind(PreparedStatement insert, AuditRecord record) throws SQLException {
        insert.setLong(1, record.sequence());
        insert.setLong(2, record.time().toEpochMilli());
        insert.setString(3, record.actor());
        insert.setString(4, record.clientAddress());
        insert.setString(5, record.action());
        insert.setString(6, record.target());
        insert.setString(7, record.outcome().name());
        insert.setString(8, JsonLines.details(record.details()));
        insert.setString(9, record.previousHash());
        insert.setString(10, record.hash());
    }

    /** {@code value} cut to {@code length} characters, so the hashed value is exactly the stored one. */
    public static String fit(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}

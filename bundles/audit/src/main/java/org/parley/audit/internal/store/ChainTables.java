package org.parley.audit.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.internal.chain.Checkpoint;
import org.parley.store.api.Database;

/**
 * The write side of the audit tables. {@link #lockHead} takes the database lock that serializes writers across
 * appliances sharing one database: PostgreSQL {@code SELECT ... FOR UPDATE} on the one-row head table, Derby
 * {@code LOCK TABLE ... IN EXCLUSIVE MODE}. Methods taking a {@link Connection} run inside the caller's
 * transaction; the others borrow their own connection. Thread-safe.
 */
public final class ChainTables {

    private static final String HEAD_COLUMNS = "chain_id, last_sequence, last_hash, checkpoint_sequence, "
            + "checkpoint_time";

    private final Database database;

    public ChainTables(Database database) {
        this.database = database;
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    /** Locks the chain head until the transaction ends and reads it. */
    public ChainHead lockHead(Connection transaction) throws SQLException {
        String select = "SELECT " + HEAD_COLUMNS + " FROM audit_chain_head WHERE id = 1";
        if (database.vendor() == Database.Vendor.POSTGRESQL) {
            select += " FOR UPDATE";
        } else {
            try (Statement lock = transaction.createStatement()) {
                lock.execute("LOCK TABLE audit_chain_head IN EXCLUSIVE MODE");
            }
        }
        try (Statement statement = transaction.createStatement(); ResultSet row = statement.executeQuery(select)) {
            if (!row.next()) {
                throw new SQLException("audit_chain_head has no row 1: the audit tables were tampered with");
            }
            return new ChainHead(row.getString(1), row.getLong(2), row.getString(3), row.getLong(4),
                    Instant.ofEpochMilli(row.getLong(5)));
        }
    }

    public void insertRecord(Connection transaction, AuditRecord record) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO audit_record (" + RecordRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            RecordRows.bind(insert, record);
            insert.executeUpdate();
        }
    }

    public void insertCheckpoint(Connection transaction, Checkpoint checkpoint) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO audit_checkpoint "
                + "(seq, chain_id, record_hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, checkpoint.sequence());
            insert.setString(2, checkpoint.chainId());
            insert.setString(3, checkpoint.hash());
            insert.setLong(4, checkpoint.time().toEpochMilli());
            insert.setString(5, checkpoint.keyId());
            insert.setString(6, checkpoint.signature());
            insert.executeUpdate();
        }
    }

    /** Moves the head to {@code record}, and its checkpoint mark to {@code checkpoint} when one was laid. */
    public void advanceHead(Connection transaction, AuditRecord record, Checkpoint checkpoint) throws SQLException {
        String sql = checkpoint == null
                ? "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1"
                : "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?, checkpoint_sequence = ?, "
                        + "checkpoint_time = ? WHERE id = 1";
        try (PreparedStatement update = transaction.prepareStatement(sql)) {
            update.setLong(1, record.sequence());
            update.setString(2, record.hash());
            if (checkpoint != null) {
                update.setLong(3, checkpoint.sequence());
                update.setLong(4, checkpoint.time().toEpochMilli());
            }
            update.executeUpdate();
        }
    }

    /** The chain's id, chosen at random by whichever appliance uses the tables first. */
    public String chainId() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement claim = connection.prepareStatement(
                    "UPDATE audit_chain_head SET chain_id = ? WHERE id = 1 AND chain_id IS NULL")) {
                claim.setString(1, UUID.randomUUID().toString());
                claim.executeUpdate();
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT chain_id FROM audit_chain_head WHERE id = 1")) {
                if (!row.next()) {
                    throw new SQLException("audit_chain_head has no row 1: the audit tables were tampered with");
                }
                return row.getString(1);
            }
        }
    }

    /** The chain's id as stored, without claiming one: {@code null} when no appliance has written yet. */
    public String existingChainId() throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT chain_id FROM audit_chain_head WHERE id = 1")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /** Publishes this appliance's checkpoint key so other appliances on the same database can verify it. */
    public void registerSigner(String keyId, String publicKeyBase64, Instant now) throws SQLException {
        if (signers().containsKey(keyId)) {
            return;
        }
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO audit_signer (key_id, public_key, registered_at) VALUES (?, ?, ?)")) {
            connection.setAutoCommit(true);
            insert.setString(1, keyId);
            insert.setString(2, publicKeyBase64);
            insert.setLong(3, now.toEpochMilli());
            insert.executeUpdate();
        }
    }

    /** Registered public keys (Base64 X.509) by key id. */
    public Map<String, String> signers() throws SQLException {
        Map<String, String> signers = new HashMap<>();
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT key_id, public_key FROM audit_signer")) {
            while (rows.next()) {
                signers.put(rows.getString(1), rows.getString(2));
            }
        }
        return signers;
    }

    /** Every checkpoint row, oldest first. */
    public List<Checkpoint> checkpoints() throws SQLException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT seq, chain_id, record_hash, signed_at, key_id, "
                        + "signature FROM audit_checkpoint ORDER BY seq")) {
            while (rows.next()) {
                checkpoints.add(new Checkpoint(rows.getString(2), rows.getLong(1), rows.getString(3),
                        Instant.ofEpochMilli(rows.getLong(4)), rows.getString(5), rows.getString(6)));
            }
        }
        return checkpoints;
    }
}

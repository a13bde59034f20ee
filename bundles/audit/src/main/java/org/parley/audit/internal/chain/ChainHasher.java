package org.parley.audit.internal.chain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parley.audit.api.AuditRecord;

/**
 * SHA-256 over a canonical encoding of a record. Every field is written as {@code name=<byte length>:<bytes>\n}
 * (UTF-8), details sorted by key, so no two different records encode alike however their values are chosen.
 * The chain id leads the encoding: a record copied into another chain, or a chain id changed in the database,
 * no longer verifies.
 */
public final class ChainHasher {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "parley-audit-record-v1";

    private final String chainId;

    public ChainHasher(String chainId) {
        this.chainId = Objects.requireNonNull(chainId, "chainId");
    }

    public String chainId() {
        return chainId;
    }

    /** The hash {@code record} must carry, computed as if it had been written at {@code sequence}. */
    public String hashAt(AuditRecord record, long sequence) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, "format", FORMAT);
        field(out, "chain", chainId);
        field(out, "sequence", Long.toString(sequence));
        field(out, "time", Long.toString(record.time().toEpochMilli()));
        field(out, "actor", record.actor());
        field(out, "client", record.clientAddress());
        field(out, "action", record.action());
        field(out, "target", record.target());
        field(out, "outcome", record.outcome().name());
        Map<String, String> details = new TreeMap<>(record.details());
        field(out, "details", Integer.toString(details.size()));
        details.forEach((key, value) -> {
            field(out, "key", key);
            field(out, "value", value);
        });
        field(out, "previous", record.previousHash());
        return sha256(out.toByteArray());
    }

    /** The hash {@code record} must carry at its own sequence number. */
    public String hash(AuditRecord record) {
        return hashAt(record, record.sequence());
    }

    /** True when the record's stored hash matches its contents. */
    public boolean matches(AuditRecord record) {
        return hash(record).equals(record.hash());
    }

    /** The same record with its hash filled in. */
    public AuditRecord seal(AuditRecord unsealed) {
        return new AuditRecord(unsealed.sequence(), unsealed.time(), unsealed.actor(), unsealed.clientAddress(),
                unsealed.action(), unsealed.target(), unsealed.outcome(), unsealed.details(),
                unsealed.previousHash(), hash(unsealed));
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((name + "=" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write('\n');
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

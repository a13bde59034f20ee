package org.parley.audit.internal.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement "the chain {@code chainId} had record {@code sequence} with hash {@code hash} at
 * {@code time}". Kept in the database and in an append-only file, so that deleting the newest records (and even
 * the newest checkpoint rows) is noticed.
 *
 * @param keyId the first 16 hex digits of the SHA-256 of the signer's public key
 * @param signature Base64 Ed25519 signature over {@link #signedBytes()}
 */
public record Checkpoint(String chainId, long sequence, String hash, Instant time, String keyId, String signature) {

    public Checkpoint {
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }

    /** What the signature covers. */
    public byte[] signedBytes() {
        return signedBytes(chainId, sequence, hash, time);
    }

    static byte[] signedBytes(String chainId, long sequence, String hash, Instant time) {
        String text = "parley-audit-checkpoint-v1\n" + chainId + "\n" + sequence + "\n" + hash + "\n"
                + time.toEpochMilli() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.parley.audit.internal.chain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** Signs checkpoints with this appliance's Ed25519 key. Thread-safe (a fresh {@link Signature} per call). */
public final class CheckpointSigner {

    private final KeyPair keys;
    private final String keyId;

    public CheckpointSigner(KeyPair keys) {
        this.keys = keys;
        this.keyId = keyIdOf(keys.getPublic());
    }

    /** First 16 hex digits of the SHA-256 of the X.509 encoding of {@code key}. */
    public static String keyIdOf(PublicKey key) {
        return ChainHasher.sha256(key.getEncoded()).substring(0, 16);
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** Base64 X.509 encoding of the public key, as other verifiers (e.g. a second appliance) need it. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public Checkpoint sign(String chainId, long sequence, String hash, Instant time) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(Checkpoint.signedBytes(chainId, sequence, hash, time));
            return new Checkpoint(chainId, sequence, hash, time, keyId,
                    Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }
}

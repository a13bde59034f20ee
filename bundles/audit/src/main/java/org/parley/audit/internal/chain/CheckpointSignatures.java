package org.parley.audit.internal.chain;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Checks checkpoint signatures against the public keys a verifier trusts: its own, and those of other appliances
 * writing the same chain (registered in the database).
 */
public final class CheckpointSignatures {

    private final Map<String, PublicKey> keysById;

    /** @param keysById public keys by {@link CheckpointSigner#keyIdOf key id} */
    public CheckpointSignatures(Map<String, PublicKey> keysById) {
        this.keysById = Map.copyOf(keysById);
    }

    /** Why {@code checkpoint}'s signature cannot be trusted, or empty when it checks out. */
    public Optional<String> problemWith(Checkpoint checkpoint) {
        PublicKey key = keysById.get(checkpoint.keyId());
        if (key == null) {
            return Optional.of("the checkpoint at sequence " + checkpoint.sequence() + " is signed by an unknown key "
                    + checkpoint.keyId());
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(checkpoint.signedBytes());
            if (signature.verify(Base64.getDecoder().decode(checkpoint.signature()))) {
                return Optional.empty();
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.of("the checkpoint at sequence " + checkpoint.sequence() + " has an unreadable signature");
        }
        return Optional.of("the checkpoint at sequence " + checkpoint.sequence()
                + " has an invalid signature: it was forged or altered");
    }
}

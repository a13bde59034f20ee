package org.parley.audit.internal.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void theKeyPairIsGeneratedOnceOwnerOnlyAndLoadedBack() throws Exception {
        Path keys = dir.resolve("keys");
        KeyPair first = SigningKeys.loadOrCreate(keys);
        KeyPair second = SigningKeys.loadOrCreate(keys);

        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(SigningKeys.PRIVATE_FILE))));
        assertTrue(Files.readString(keys.resolve(SigningKeys.PRIVATE_FILE)).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertArrayEquals(first.getPrivate().getEncoded(), second.getPrivate().getEncoded());
        assertArrayEquals(first.getPublic().getEncoded(), second.getPublic().getEncoded());
    }

    @Test
    void aLoadedKeySignsCheckpointsTheStoredPublicKeyVerifies() throws Exception {
        Path keys = dir.resolve("keys");
        CheckpointSigner signer = new CheckpointSigner(SigningKeys.loadOrCreate(keys));
        Checkpoint checkpoint = signer.sign("chain", 5, "b".repeat(64), Instant.parse("2025-01-01T00:00:00Z"));
        CheckpointSignatures signatures = new CheckpointSignatures(
                Map.of(signer.keyId(), SigningKeys.publicKey(signer.publicKeyBase64())));

        assertTrue(signatures.problemWith(checkpoint).isEmpty());
        assertTrue(signatures.problemWith(new Checkpoint("chain", 6, checkpoint.hash(), checkpoint.time(),
                checkpoint.keyId(), checkpoint.signature())).isPresent());
    }

    @Test
    void aPrivateKeyReadableByOthersIsTightened() throws Exception {
        Path keys = dir.resolve("keys");
        SigningKeys.loadOrCreate(keys);
        Path privateKey = keys.resolve(SigningKeys.PRIVATE_FILE);
        Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-r--r--"));

        SigningKeys.loadOrCreate(keys);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)));
    }
}

package org.parley.ctl.backup;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id through BouncyCastle; a class of its own so that nothing loads BouncyCastle unless it is there. */
final class Argon2 {

    private Argon2() {
    }

    static byte[] derive(byte[] passphrase, byte[] salt, int memoryKiB, int iterations, int parallelism) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(
                Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKiB)
                .withIterations(iterations).withParallelism(parallelism).build());
        byte[] key = new byte[32];
        generator.generateBytes(passphrase, key);
        return key;
    }
}

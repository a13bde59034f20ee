package org.parley.meetings.internal.passcode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.parley.meetings.internal.keys.KeyFile;

/**
 * Seals meeting passcodes with AES-256-GCM so the host's invitation can show them again, and checks a guess in
 * constant time. The key is 32 random bytes in a file of mode 0600 (made on first use); the meeting id is the
 * associated data, so a ciphertext copied to another meeting does not open. Stored form: base64 of the 12-byte
 * nonce followed by ciphertext and tag. Thread-safe.
 */
public final class PasscodeCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyFile keyFile;
    private final SecureRandom random = new SecureRandom();

    public PasscodeCipher(Path keyFile) {
        this.keyFile = new KeyFile(keyFile, "passcode key");
    }

    /** Encrypts the passcode for the meeting. */
    public String seal(String meetingId, String passcode) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, meetingId, nonce, passcode.getBytes(StandardCharsets.US_ASCII), 0);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce)
                .put(sealed).array());
    }

    /** The passcode in clear, for the owner's invitation. */
    public String open(String meetingId, String sealed) {
        return new String(openBytes(meetingId, sealed), StandardCharsets.US_ASCII);
    }

    /** Whether {@code guess} is the sealed passcode, compared in constant time. */
    public boolean matches(String meetingId, String sealed, String guess) {
        return MessageDigest.isEqual(openBytes(meetingId, sealed), guess.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] openBytes(String meetingId, String sealed) {
        byte[] all = Base64.getDecoder().decode(sealed);
        return run(Cipher.DECRYPT_MODE, meetingId, all, all, NONCE_BYTES);
    }

    private byte[] run(int mode, String meetingId, byte[] nonce, byte[] input, int offset) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce, 0, NONCE_BYTES));
            cipher.updateAAD(meetingId.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input, offset, input.length - offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A meeting passcode cannot be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted") + " with " + keyFile.file() + " (was the key file replaced?)", e);
        }
    }

    private SecretKeySpec key() {
        return new SecretKeySpec(keyFile.bytes(), "AES");
    }
}

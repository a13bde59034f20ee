package org.parley.auth.internal.mfa;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.parley.auth.internal.crypto.Secrets;

/**
 * Time-based one-time passwords, RFC 6238 over HOTP (RFC 4226): HMAC of the 30-second step counter, dynamic
 * truncation (RFC 4226 §5.3), modulo 10^digits. Parley issues SHA-1, 6 digits, 30 s (what every authenticator app
 * understands) and accepts the step before and after the current one for clock drift, but never a step at or
 * before the last one used (no replay).
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    public static final String ALGORITHM = "HmacSHA1";
    /** Steps accepted either side of the current one. */
    public static final int TOLERANCE_STEPS = 1;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final int SECRET_BYTES = 20;

    private Totp() {
    }

    /** A new random 160-bit secret (RFC 4226 §4 recommends 160 bits). */
    public static byte[] newSecret() {
        return Secrets.bytes(SECRET_BYTES);
    }

    /** The step counter T of RFC 6238 §4.2 at an instant. */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one step, zero-padded to {@code digits}. */
    public static String code(byte[] secret, long step, int digits, String hmacAlgorithm) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(hmacAlgorithm);
            mac.init(new SecretKeySpec(secret, hmacAlgorithm));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmacAlgorithm + " is part of every JDK", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** Parley's code (SHA-1, 6 digits) for the step holding {@code time}. */
    public static String code(byte[] secret, Instant time) {
        return code(secret, step(time), DIGITS, ALGORITHM);
    }

    /**
     * Checks a code against the current step ± {@link #TOLERANCE_STEPS}.
     *
     * @param lastUsedStep the step of the last code accepted for this secret (its replay and older ones are refused)
     * @return the matched step, to remember as the new last used one; empty when the code is wrong or replayed
     */
    public static OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - TOLERANCE_STEPS; step <= current + TOLERANCE_STEPS; step++) {
            if (step > lastUsedStep && Secrets.constantTimeEquals(code(secret, step, DIGITS, ALGORITHM), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI authenticator apps read from a QR code (Key Uri Format). */
    public static String uri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}

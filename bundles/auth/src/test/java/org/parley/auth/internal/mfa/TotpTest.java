package org.parley.auth.internal.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B: every test vector, 8 digits, T0 = 0, X = 30. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238AppendixBVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(sha1, Totp.code(SHA1_SEED, step, 8, "HmacSHA1"));
        assertEquals(sha256, Totp.code(SHA256_SEED, step, 8, "HmacSHA256"));
        assertEquals(sha512, Totp.code(SHA512_SEED, step, 8, "HmacSHA512"));
    }

    @Test
    void sixDigitCodeIsTheLowDigitsOfTheRfcValue() {
        assertEquals("287082", Totp.code(SHA1_SEED, Instant.ofEpochSecond(59)));
    }

    @Test
    void acceptsOneStepEitherSideAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        for (long delta = -1; delta <= 1; delta++) {
            String code = Totp.code(SHA1_SEED, step + delta, 6, "HmacSHA1");
            assertEquals(OptionalLong.of(step + delta), Totp.verify(SHA1_SEED, code, now, Long.MIN_VALUE));
        }
        assertFalse(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 2, 6, "HmacSHA1"), now, Long.MIN_VALUE)
                .isPresent());
        assertFalse(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 2, 6, "HmacSHA1"), now, Long.MIN_VALUE)
                .isPresent());
    }

    @Test
    void refusesAReplayedOrOlderCode() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        String code = Totp.code(SHA1_SEED, now);
        long used = Totp.verify(SHA1_SEED, code, now, Long.MIN_VALUE).orElseThrow();
        assertFalse(Totp.verify(SHA1_SEED, code, now, used).isPresent(), "same code again");
        String previous = Totp.code(SHA1_SEED, used - 1, 6, "HmacSHA1");
        assertFalse(Totp.verify(SHA1_SEED, previous, now, used).isPresent(), "older step after a newer one");
        String next = Totp.code(SHA1_SEED, used + 1, 6, "HmacSHA1");
        assertTrue(Totp.verify(SHA1_SEED, next, now, used).isPresent(), "the next step still works");
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.ofEpochSecond(59);
        assertFalse(Totp.verify(SHA1_SEED, "28708", now, Long.MIN_VALUE).isPresent());
        assertFalse(Totp.verify(SHA1_SEED, "28708a", now, Long.MIN_VALUE).isPresent());
        assertFalse(Totp.verify(SHA1_SEED, null, now, Long.MIN_VALUE).isPresent());
    }

    @Test
    void uriCarriesIssuerAccountAndParameters() {
        assertEquals("otpauth://totp/Parley%20Lab:alice?secret=ABC&issuer=Parley%20Lab&algorithm=SHA1&digits=6"
                + "&period=30", Totp.uri("Parley Lab", "alice", "ABC"));
    }
}

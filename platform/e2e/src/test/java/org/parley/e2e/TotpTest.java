package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 Appendix B, SHA-1 seed "12345678901234567890", last six of the eight digits. */
    @Test
    void matchesTheRfcVectors() {
        String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assertEquals("287082", Totp.code(secret, Instant.ofEpochSecond(59)));
        assertEquals("081804", Totp.code(secret, Instant.ofEpochSecond(1111111109)));
        assertEquals("005924", Totp.code(secret, Instant.ofEpochSecond(1234567890)));
    }
}

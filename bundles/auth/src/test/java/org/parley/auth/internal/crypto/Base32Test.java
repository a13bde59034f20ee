package org.parley.auth.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base32Test {

    /** RFC 4648 §10 test vectors (without padding). */
    @Test
    void rfc4648Vectors() {
        String[][] vectors = {{"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
            {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (String[] v : vectors) {
            byte[] raw = v[0].getBytes(StandardCharsets.US_ASCII);
            assertEquals(v[1], Base32.encode(raw));
            assertArrayEquals(raw, Base32.decode(v[1].toLowerCase() + "======"));
        }
    }

    @Test
    void refusesForeignCharacters() {
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZ1W"));
    }
}

package org.parley.meetings.internal.passcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasscodeCipherTest {

    private static final String MEETING = "AAAAAAAAAAAAAAAAAAAAAA";

    @TempDir
    Path dir;

    @Test
    void sealsUnderA0600KeyMadeOnFirstUseAndOpensAgainAfterARestart() throws Exception {
        Path key = dir.resolve("keys/meetings-passcode.key");
        PasscodeCipher cipher = new PasscodeCipher(key);
        assertFalse(Files.exists(key), "made on first use, not before");
        String sealed = cipher.seal(MEETING, "12345678");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(32, Files.size(key));
        assertFalse(sealed.contains("12345678"));
        assertNotEquals(sealed, cipher.seal(MEETING, "12345678"), "a fresh nonce each time");
        assertEquals("12345678", new PasscodeCipher(key).open(MEETING, sealed));
    }

    @Test
    void matchesOnlyTheRightPasscode() {
        PasscodeCipher cipher = new PasscodeCipher(dir.resolve("k"));
        String sealed = cipher.seal(MEETING, "123456");
        assertTrue(cipher.matches(MEETING, sealed, "123456"));
        assertFalse(cipher.matches(MEETING, sealed, "123457"));
        assertFalse(cipher.matches(MEETING, sealed, "1234567"));
        assertFalse(cipher.matches(MEETING, sealed, ""));
    }

    @Test
    void anotherKeyOrAnotherMeetingCannotOpenIt() {
        String sealed = new PasscodeCipher(dir.resolve("one")).seal(MEETING, "654321");
        IllegalStateException wrongKey = assertThrows(IllegalStateException.class,
                () -> new PasscodeCipher(dir.resolve("two")).open(MEETING, sealed));
        assertTrue(wrongKey.getMessage().contains("two"), wrongKey.getMessage());
        assertThrows(IllegalStateException.class,
                () -> new PasscodeCipher(dir.resolve("one")).open("BBBBBBBBBBBBBBBBBBBBBB", sealed));
    }

    @Test
    void aKeyFileOfTheWrongSizeIsRefused() throws Exception {
        Path key = dir.resolve("short");
        Files.write(key, new byte[16]);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PasscodeCipher(key).seal(MEETING, "123456"));
        assertTrue(e.getMessage().contains("16 bytes"), e.getMessage());
    }
}

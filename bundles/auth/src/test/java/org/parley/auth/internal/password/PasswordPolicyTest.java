package org.parley.auth.internal.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final CommonPasswords COMMON = CommonPasswords.load();
    private final PasswordPolicy policy = new PasswordPolicy(12, true, COMMON);

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertTrue(COMMON.size() >= 10_000, "list size " + COMMON.size());
        assertTrue(COMMON.contains("password"));
        assertTrue(COMMON.contains("Qwertyuiop123"), "case does not matter");
    }

    @Test
    void refusesShortPasswords() {
        assertEquals(Optional.of("The password must have at least 12 characters."),
                policy.problem("xK9#mQ2$vL7", "alice"));
        assertEquals(Optional.empty(), policy.problem("xK9#mQ2$vL7!", "alice"));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String elevenCharacters = "\uD83D\uDE00".repeat(6) + "kq7zx";
        assertEquals(17, elevenCharacters.length(), "17 UTF-16 units");
        assertTrue(policy.problem(elevenCharacters, "alice").orElseThrow().contains("at least 12"));
    }

    @Test
    void refusesCommonAndBreachedPasswordsOfAnyLength() {
        assertTrue(policy.problem("qwertyuiop123", "alice").orElseThrow().contains("commonly used"));
        assertTrue(policy.problem("1qaz2wsx3edc", "alice").orElseThrow().contains("commonly used"));
    }

    @Test
    void refusesTheUserNameAndRepetition() {
        assertEquals(Optional.of("The password must not contain the user name."),
                policy.problem("my-Alice-password-7", "alice"));
        assertEquals(Optional.of("The password repeats too few different characters."),
                policy.problem("abababababababab", "alice"));
    }

    @Test
    void refusesAbsurdLengths() {
        assertTrue(policy.problem("x1".repeat(200), "alice").orElseThrow().contains("at most 256"));
    }

    @Test
    void aLowerMinimumAndNoListWhenConfigured() {
        PasswordPolicy relaxed = new PasswordPolicy(8, false, COMMON);
        assertEquals(Optional.empty(), relaxed.problem("password", "alice"));
    }
}

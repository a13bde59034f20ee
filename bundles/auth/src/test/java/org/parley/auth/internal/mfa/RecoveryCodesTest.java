package org.parley.auth.internal.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesThatLookLikeRecoveryCodes() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(RecoveryCodes.looksLikeOne(code), code));
        assertFalse(RecoveryCodes.looksLikeOne("123456"), "a TOTP code is not a recovery code");
    }

    @Test
    void digestIgnoresCaseSpacesAndDashes() {
        assertEquals(RecoveryCodes.digest("abcde-fghij"), RecoveryCodes.digest(" ABCDE fghij "));
        assertFalse(RecoveryCodes.digest("abcde-fghij").equals(RecoveryCodes.digest("abcde-fghik")));
    }
}

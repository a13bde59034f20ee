package org.parley.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "Password", "value.bindPassword", "keyStorePassword", "passphrase", "db.SECRET",
            "clientSecret", "accessToken", "ldapCredentials", "privateKey", "apiKEY", "signing.key", "key", "privatekey",
            "backup_key", "argument.value.keyPassword", "MASTER-KEYS", "keyValue"})
    void namesHoldingSecretsAreSecret(String name) {
        assertTrue(SecretNames.looksSecret(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundle", "sha256", "keyAlgorithm", "before.keyFile", "keySize", "keyboard", "port",
            "after.keyStoreType", "certificateFingerprint", "urls"})
    void namesDescribingAKeyOrNothingSecretAreNot(String name) {
        assertFalse(SecretNames.looksSecret(name), name);
    }

    @Test
    void namesAreReadAsWords() {
        assertEquals(List.of("key", "store", "password"), SecretNames.words("keyStorePassword"));
        assertEquals(List.of("api", "key"), SecretNames.words("apiKEY"));
        assertEquals(List.of("argument", "value", "bind", "password"), SecretNames.words("argument.value.bindPassword"));
        assertEquals(List.of("backup", "key"), SecretNames.words("backup_key"));
    }
}

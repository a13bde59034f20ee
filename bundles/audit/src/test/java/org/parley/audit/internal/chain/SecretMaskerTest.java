package org.parley.audit.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    @Test
    void valuesUnderSecretLookingKeysAreMaskedInAnyCase() {
        Map<String, String> details = new HashMap<>();
        details.put("Password", "hunter2");
        details.put("db.SECRET", "s3");
        details.put("accessToken", "eyJ");
        details.put("privateKey", "-----BEGIN");
        details.put("ldapCredentials", "cn=admin");
        details.put("port", "8443");
        details.put("keyAlgorithm", "EC");
        details.put("note", null);

        Map<String, String> masked = SecretMasker.mask(details);

        assertEquals(Map.of("Password", "****", "db.SECRET", "****", "accessToken", "****", "privateKey", "****",
                "ldapCredentials", "****", "port", "8443", "keyAlgorithm", "EC", "note", ""), masked);
    }
}

package org.parley.system.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void masksEverySecretLookingArgument() {
        Map<String, String> shown = SecretMask.masked(Map.of("pid", "org.parley.auth.Directory",
                "value.bindPassword", "hunter2", "passphrase", "p", "clientSecret", "s", "keyFile", "/k",
                "value.privateKey", "-----BEGIN", "value.urls", "[ldaps://dc1]"));
        assertEquals(Map.of("argument.pid", "org.parley.auth.Directory", "argument.value.bindPassword", "****",
                "argument.passphrase", "****", "argument.clientSecret", "****", "argument.keyFile", "/k",
                "argument.value.privateKey", "****", "argument.value.urls", "[ldaps://dc1]"), shown);
    }
}

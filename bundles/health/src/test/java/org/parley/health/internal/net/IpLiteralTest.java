package org.parley.health.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "2001:db8::7", "::ffff:10.0.0.1"})
    void parsesAddresses(String text) throws UnknownHostException {
        assertEquals(InetAddress.getByName(text), IpLiteral.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"localhost", "example.com", "fe80::1%eth0", "1234", "not-an-address"})
    void neverAsksDnsForAnythingElse(String text) {
        assertFalse(IpLiteral.parse(text).isPresent());
    }
}

package org.parley.signaling.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    final OriginPolicy ownOnly = new OriginPolicy(List.of());

    @Test
    void theRequestsOwnOriginMayOpen() {
        assertTrue(ownOnly.allows("https://parley.example.org", true, "parley.example.org"));
        assertTrue(ownOnly.allows("https://Parley.Example.org:443", true, "parley.example.org"));
        assertTrue(ownOnly.allows("https://localhost:8443", true, "localhost:8443"));
        assertTrue(ownOnly.allows("https://[::1]:8443", true, "[::1]:8443"));
    }

    @Test
    void anotherSchemeHostOrPortMayNot() {
        assertFalse(ownOnly.allows("http://parley.example.org", true, "parley.example.org"));
        assertFalse(ownOnly.allows("https://evil.example", true, "parley.example.org"));
        assertFalse(ownOnly.allows("https://parley.example.org.evil.example", true, "parley.example.org"));
        assertFalse(ownOnly.allows("https://localhost:9443", true, "localhost:8443"));
    }

    @Test
    void aMissingOrMalformedOriginIsRefused() {
        assertFalse(ownOnly.allows(null, true, "parley.example.org"));
        assertFalse(ownOnly.allows("", true, "parley.example.org"));
        assertFalse(ownOnly.allows("null", true, "parley.example.org"));
        assertFalse(ownOnly.allows("https://parley.example.org/path", true, "parley.example.org"));
        assertFalse(ownOnly.allows("https://parley.example.org", true, null));
        assertFalse(ownOnly.allows("https://parley.example.org", true, "parley.example.org/x y"));
    }

    @Test
    void configuredOriginsMayOpenToo() {
        OriginPolicy policy = new OriginPolicy(List.of(" https://portal.example.org ", "http://kiosk.local:8080"));
        assertTrue(policy.allows("https://portal.example.org:443", true, "parley.example.org"));
        assertTrue(policy.allows("http://kiosk.local:8080", true, "parley.example.org"));
        assertFalse(policy.allows("https://kiosk.local:8080", true, "parley.example.org"));
    }

    @Test
    void aConfiguredOriginThatIsNotOneFailsFast() {
        assertThrows(IllegalArgumentException.class, () -> new OriginPolicy(List.of("portal.example.org")));
        assertThrows(IllegalArgumentException.class, () -> new OriginPolicy(List.of("https://a.example/app")));
        assertThrows(IllegalArgumentException.class, () -> new OriginPolicy(List.of("ftp://a.example")));
    }
}

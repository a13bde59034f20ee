package org.parley.system.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The before/after values a settings.change record keeps, through the checker that computes them. */
class ChangeValuesTest {

    private final ConfigurationChecker checker = new ConfigurationChecker(pid -> List.of());

    @Test
    void recordsBeforeAndAfterOfEachChangedAttribute() {
        CheckedChange change = checker.check(ConfigurationCheckerTest.DATABASE, Map.of("poolSize", 10),
                Map.of("poolSize", 25, "hosts", List.of("a", "b,c")));
        Map<String, String> details = ChangeRecorder.details(change, null);
        assertEquals("10", details.get("before.poolSize"));
        assertEquals("25", details.get("after.poolSize"));
        assertEquals(ChangeValues.UNSET, details.get("before.hosts"), "not configured before");
        assertEquals("a,b\\,c", details.get("after.hosts"));
        assertEquals("hosts,poolSize", details.get("attributes"));
        assertFalse(details.containsKey("before.url"), "untouched attributes are not listed");
    }

    @Test
    void masksPasswordsAndSaysWhenOneIsUnset() {
        CheckedChange set = checker.check(ConfigurationCheckerTest.DATABASE, Map.of(), Map.of("password", "s3cret"));
        assertEquals(ChangeValues.UNSET, set.values().get("before.password"));
        assertEquals("********", set.values().get("after.password"));
        CheckedChange cleared = checker.check(ConfigurationCheckerTest.DATABASE, Map.of("password", "old-s3cret"),
                nullValue("password"));
        assertEquals("********", cleared.values().get("before.password"));
        assertEquals(ChangeValues.UNSET, cleared.values().get("after.password"));
        assertFalse(cleared.values().toString().contains("s3cret"));
    }

    @Test
    void cutsLongValuesAndNamesTheirLength() {
        String pem = "-----BEGIN CERTIFICATE-----\n" + "A".repeat(1500) + "\n-----END CERTIFICATE-----";
        CheckedChange change = checker.check(ConfigurationCheckerTest.DATABASE, Map.of(), Map.of("url", pem));
        String after = change.values().get("after.url");
        assertTrue(after.startsWith("-----BEGIN CERTIFICATE-----\nAAA"), after);
        assertTrue(after.endsWith("… (" + pem.length() + " characters)"), after);
        assertTrue(after.length() < ChangeValues.KEPT + 40, "bounded: " + after.length());
    }

    private static Map<String, Object> nullValue(String id) {
        Map<String, Object> change = new java.util.HashMap<>();
        change.put(id, null);
        return change;
    }
}

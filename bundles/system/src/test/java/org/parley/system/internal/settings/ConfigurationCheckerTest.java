package org.parley.system.internal.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;

class ConfigurationCheckerTest {

    static final PidDefinition DATABASE = new PidDefinition("org.parley.store.Database", false, "org.parley.store",
            "Database", "The store", List.of(
                    FakeAttribute.of("poolSize", AttributeDefinition.INTEGER, "10"),
                    FakeAttribute.of("url", AttributeDefinition.STRING, "jdbc:derby:db"),
                    FakeAttribute.of("password", AttributeDefinition.PASSWORD),
                    new FakeAttribute("vendor", AttributeDefinition.STRING, 0, new String[] {"derby"},
                            new String[] {"derby", "postgresql"}),
                    new FakeAttribute("hosts", AttributeDefinition.STRING, 2, new String[0], null),
                    FakeAttribute.of("tls", AttributeDefinition.BOOLEAN, "false")));

    private final Map<String, List<SettingsValidator>> validators = new HashMap<>();
    private final ConfigurationChecker checker =
            new ConfigurationChecker(pid -> validators.getOrDefault(pid, List.of()));

    @Test
    void typesValuesAndKeepsWhatWasStored() {
        CheckedChange change = checker.check(DATABASE, Map.of("url", "jdbc:postgresql://db/parley"),
                Map.of("poolSize", 25, "tls", "TRUE", "hosts", List.of("a", "b")));
        assertTrue(change.acceptable(), change.problems().toString());
        assertEquals(25, change.stored().get("poolSize"));
        assertEquals(Boolean.TRUE, change.stored().get("tls"));
        assertArrayEquals(new String[] {"a", "b"}, (String[]) change.stored().get("hosts"));
        assertEquals("jdbc:postgresql://db/parley", change.stored().get("url"));
        assertEquals("derby", change.effective().get("vendor"), "defaults fill the effective view");
        assertFalse(change.stored().containsKey("vendor"), "defaults are not written");
    }

    @Test
    void namesTheFieldAndTheReason() {
        CheckedChange change = checker.check(DATABASE, Map.of(), Map.of("poolSize", "abc"));
        assertEquals(List.of(new SettingsProblem("poolSize", "poolSize='abc' is not an integer")), change.problems());
    }

    @Test
    void refusesUnknownAttributesOptionsCardinalityAndFractions() {
        assertEquals("nope", only(Map.of("nope", 1)).attribute());
        assertTrue(only(Map.of("vendor", "oracle")).message().contains("is not one of derby, postgresql"));
        assertTrue(only(Map.of("hosts", List.of("a", "b", "c"))).message().contains("at most 2 values"));
        assertTrue(only(Map.of("poolSize", 2.5)).message().contains("is not an integer"));
        assertTrue(only(Map.of("poolSize", 3_000_000_000L)).message().contains("out of range"));
        assertTrue(only(Map.of("tls", "yes")).message().contains("is not true or false"));
    }

    @Test
    void neverEchoesAPassword() {
        CheckedChange change = checker.check(DATABASE, Map.of(), Map.of("password", List.of("s3cret", "x")));
        assertEquals(1, change.problems().size());
        assertFalse(change.problems().get(0).message().contains("s3cret"));
    }

    @Test
    void nullRemovesAValueSoTheDefaultApplies() {
        CheckedChange change = checker.check(DATABASE, Map.of("poolSize", 40), nullValue("poolSize"));
        assertTrue(change.acceptable());
        assertFalse(change.stored().containsKey("poolSize"));
        assertEquals(10, change.effective().get("poolSize"));
    }

    @Test
    void theComponentsValidatorSeesTheWholeResultingConfiguration() {
        List<Map<String, Object>> seen = new ArrayList<>();
        validators.put(DATABASE.pid(), List.of(properties -> {
            seen.add(properties);
            return properties.get("url").toString().startsWith("jdbc:postgresql") && !(Boolean) properties.get("tls")
                    ? List.of(new SettingsProblem("tls", "PostgreSQL needs tls=true"))
                    : List.of();
        }));
        CheckedChange refused = checker.check(DATABASE, Map.of(), Map.of("url", "jdbc:postgresql://db/p"));
        assertEquals(List.of(new SettingsProblem("tls", "PostgreSQL needs tls=true")), refused.problems());
        assertEquals(10, seen.get(0).get("poolSize"), "defaults are part of what the validator sees");
        assertTrue(checker.check(DATABASE, Map.of(), Map.of("url", "jdbc:postgresql://db/p", "tls", true))
                .acceptable());
    }

    @Test
    void aValidatorThatThrowsRefusesInsteadOfCrashing() {
        validators.put(DATABASE.pid(), List.of(properties -> {
            throw new IllegalStateException("boom");
        }));
        assertFalse(checker.check(DATABASE, Map.of(), Map.of("poolSize", 5)).acceptable());
    }

    private SettingsProblem only(Map<String, Object> change) {
        List<SettingsProblem> problems = checker.check(DATABASE, Map.of(), change).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static Map<String, Object> nullValue(String key) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, null);
        return map;
    }
}

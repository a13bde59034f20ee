package org.parley.system.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupApplierTest {

    private final FakeConfigurationAdmin fake = new FakeConfigurationAdmin();
    private final GroupApplier applier = new GroupApplier(fake.admin());

    private static CheckedChange change(String pid, Map<String, Object> stored) {
        return new CheckedChange(pid, stored, stored, List.copyOf(stored.keySet()), Map.of(), List.of());
    }

    @Test
    void writesEveryPidOfTheGroup() throws Exception {
        applier.apply(List.of(change("org.parley.http.Tls", Map.of("certificate", "c")),
                change("org.parley.http.Key", Map.of("key", "k"))));
        assertEquals("c", fake.stored.get("org.parley.http.Tls").get("certificate"));
        assertEquals("k", fake.stored.get("org.parley.http.Key").get("key"));
    }

    @Test
    void whenTheSecondWriteFailsTheFirstIsRestoredAndANewOneDeleted() {
        Hashtable<String, Object> before = new Hashtable<>(Map.of("certificate", "old"));
        fake.stored.put("org.parley.http.Tls", before);
        fake.failingPid = "org.parley.store.Database";
        GroupApplier.GroupFailure failure = assertThrows(GroupApplier.GroupFailure.class, () -> applier.apply(List.of(
                change("org.parley.http.Tls", Map.of("certificate", "new")),
                change("org.parley.http.Key", Map.of("key", "k")),
                change("org.parley.store.Database", Map.of("url", "u")))));
        assertEquals("org.parley.store.Database", failure.pid());
        assertTrue(failure.restoreFailed().isEmpty());
        assertEquals("old", fake.stored.get("org.parley.http.Tls").get("certificate"));
        assertFalse(fake.stored.containsKey("org.parley.http.Key"), "a PID that did not exist is deleted again");
    }

    @Test
    void restoreUndoesAGroupThatCouldNotBeAudited() throws Exception {
        var written = applier.apply(List.of(change("org.parley.http.Tls", Map.of("certificate", "new"))));
        assertTrue(applier.restore(written).isEmpty());
        assertFalse(fake.stored.containsKey("org.parley.http.Tls"));
    }

    @Test
    void managedPropertiesAreNotWritten() {
        var dictionary = GroupApplier.toDictionary(Map.of("service.pid", "x", "a", 1));
        assertEquals(1, dictionary.size());
    }
}

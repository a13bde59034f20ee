package org.parley.store.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableOrderTest {

    @Test
    void parentsComeBeforeTheirChildrenWhateverTheirNames() {
        List<String> order = TableOrder.parentsFirst(List.of("a_line", "z_order", "m_customer", "b_note"),
                Map.of("a_line", Set.of("z_order"), "z_order", Set.of("m_customer")));
        assertEquals(List.of("b_note", "m_customer", "z_order", "a_line"), order);
    }

    @Test
    void selfReferencesAndTablesOutsideTheCopyAreIgnored() {
        List<String> order = TableOrder.parentsFirst(List.of("node", "leaf"),
                Map.of("node", Set.of("node"), "leaf", Set.of("node", "elsewhere")));
        assertEquals(List.of("node", "leaf"), order);
    }

    @Test
    void aCycleIsRefusedNamingItsTables() {
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class, () -> TableOrder.parentsFirst(
                List.of("a", "b", "c"), Map.of("a", Set.of("b"), "b", Set.of("a"))));
        assertTrue(cycle.getMessage().contains("tables a, b form a cycle"), cycle.getMessage());
    }
}

package org.parley.store.internal.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders tables so that every table comes after the tables its foreign keys point to (parents first), which is
 * the order rows can be inserted in; deleting goes the other way. Ties are broken by name so the order is stable.
 */
final class TableOrder {

    private TableOrder() {
    }

    /**
     * @param tables every table to order
     * @param parents for each table, the tables its foreign keys reference (self-references and tables outside
     *     {@code tables} are ignored)
     * @throws IllegalArgumentException naming the tables of a reference cycle, which no insert order satisfies
     */
    static List<String> parentsFirst(Collection<String> tables, Map<String, Set<String>> parents) {
        Map<String, Set<String>> waitingFor = new TreeMap<>();
        for (String table : tables) {
            Set<String> needed = new TreeSet<>(parents.getOrDefault(table, Set.of()));
            needed.remove(table);
            needed.retainAll(tables);
            waitingFor.put(table, needed);
        }
        List<String> ordered = new ArrayList<>();
        while (!waitingFor.isEmpty()) {
            String ready = waitingFor.entrySet().stream().filter(entry -> entry.getValue().isEmpty())
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the foreign keys of tables "
                            + String.join(", ", waitingFor.keySet()) + " form a cycle; no insert order satisfies"
                            + " them"));
            waitingFor.remove(ready);
            waitingFor.values().forEach(needed -> needed.remove(ready));
            ordered.add(ready);
        }
        return ordered;
    }
}

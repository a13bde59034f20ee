package org.parley.store.internal.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The owners that migrated on a database and the anchor class each named, in the order they first did. The
 * scripts live in the owners' bundles, so replaying them on another database needs the same anchors. Thread-safe.
 */
public final class MigratedOwners {

    private final Map<String, Class<?>> anchors = new LinkedHashMap<>();

    /** Called after {@code Database.migrate(owner, anchor)} succeeded; a later anchor for an owner replaces it. */
    public synchronized void remember(String owner, Class<?> anchor) {
        anchors.put(owner, anchor);
    }

    /** A copy, in first-migration order. */
    public synchronized Map<String, Class<?>> anchors() {
        return new LinkedHashMap<>(anchors);
    }

    public synchronized List<String> names() {
        return List.copyOf(anchors.keySet());
    }
}

package org.parley.store.testowner;

/** A class of its own for the owner bundle that {@code OsgiRuntimeIT} builds: the anchor of its migrations. */
public final class OwnerAnchor {

    private OwnerAnchor() {
    }
}

package org.parley.media.internal.ice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * An immutable open-addressing hash table (linear probing, at most half full) that the {@link EndpointDirectory}
 * replaces on every change and publishes through a volatile field: the I/O threads probe it without a lock and
 * without allocating, while registration threads build the next one. The caller walks the probe sequence itself
 * ({@link #slot(int)} from {@code hash & mask()} on, until an empty slot), so that it can compare keys that are
 * still bytes inside a datagram.
 *
 * <p>The keys are ufrags the server chose at random and 5-tuples that passed an authenticated check, so a peer
 * cannot place entries to lengthen the probes; a lookup of an absent key ends at the first empty slot.
 */
final class ProbeTable<E extends ProbeTable.Hashed> {
    /** What the table stores: anything that knows its own (already mixed) hash. */
    interface Hashed {
        int probeHash();
    }

    private static final ProbeTable<?> EMPTY = new ProbeTable<>(List.of());

    private final Object[] slots;
    private final List<E> elements;

    private ProbeTable(Collection<E> elements) {
        this.elements = List.copyOf(elements);
        int capacity = Integer.highestOneBit(Math.max(4, this.elements.size() * 2 + 1) - 1) << 1;
        slots = new Object[capacity];
        for (E element : this.elements) {
            int i = element.probeHash() & (capacity - 1);
            while (slots[i] != null) {
                i = (i + 1) & (capacity - 1);
            }
            slots[i] = element;
        }
    }

    @SuppressWarnings("unchecked")
    static <E extends Hashed> ProbeTable<E> empty() {
        return (ProbeTable<E>) EMPTY;
    }

    /** A new table holding this one's elements and {@code element}. */
    ProbeTable<E> with(E element) {
        List<E> next = new ArrayList<>(elements.size() + 1);
        next.addAll(elements);
        next.add(element);
        return new ProbeTable<>(next);
    }

    /** A new table without the elements {@code drop} accepts (this one when there are none). */
    ProbeTable<E> without(Predicate<? super E> drop) {
        List<E> kept = new ArrayList<>(elements.size());
        for (E element : elements) {
            if (!drop.test(element)) {
                kept.add(element);
            }
        }
        return kept.size() == elements.size() ? this : new ProbeTable<>(kept);
    }

    int mask() {
        return slots.length - 1;
    }

    /** The element in slot {@code index}, or null at the end of a probe sequence. */
    @SuppressWarnings("unchecked")
    E slot(int index) {
        return (E) slots[index];
    }

    int size() {
        return elements.size();
    }

    List<E> elements() {
        return elements;
    }

    /** The finaliser of MurmurHash3 (fmix32): spreads weak hashes such as identity hashes over the low bits. */
    static int mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}

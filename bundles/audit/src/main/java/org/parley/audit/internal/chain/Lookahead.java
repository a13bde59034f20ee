package org.parley.audit.internal.chain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/** An iterator that can look a bounded number of elements ahead without consuming them. */
final class Lookahead<T> implements Iterator<T> {

    private final Iterator<T> source;
    private final Deque<T> buffered = new ArrayDeque<>();

    Lookahead(Iterator<T> source) {
        this.source = source;
    }

    @Override
    public boolean hasNext() {
        return !buffered.isEmpty() || source.hasNext();
    }

    @Override
    public T next() {
        if (!buffered.isEmpty()) {
            return buffered.removeFirst();
        }
        if (!source.hasNext()) {
            throw new NoSuchElementException();
        }
        return source.next();
    }

    /** True when one of the next {@code window} elements matches {@code test}. */
    boolean anyAhead(int window, Predicate<T> test) {
        while (buffered.size() < window && source.hasNext()) {
            buffered.addLast(source.next());
        }
        return buffered.stream().limit(window).anyMatch(test);
    }
}

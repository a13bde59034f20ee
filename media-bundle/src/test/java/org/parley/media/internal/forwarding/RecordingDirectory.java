package org.parley.media.internal.forwarding;

import java.util.LinkedHashMap;
import java.util.Map;

/** A leg directory that keeps what is registered by ufrag, as the ICE side would. Thread-safe. */
final class RecordingDirectory implements LegDirectory {
    private final Map<String, Leg> byUfrag = new LinkedHashMap<>();

    @Override
    public synchronized void register(Leg leg) {
        byUfrag.put(leg.localUfrag(), leg);
    }

    @Override
    public synchronized void remove(Leg leg) {
        byUfrag.remove(leg.localUfrag(), leg);
    }

    synchronized Leg find(String ufrag) {
        return byUfrag.get(ufrag);
    }
}

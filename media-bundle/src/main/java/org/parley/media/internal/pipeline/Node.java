package org.parley.media.internal.pipeline;

/**
 * One step of a pipeline with one job: transform the packet in place, observe it, or drop it. A node counts
 * what passed and what it dropped, by reason, so a loss can be traced to the node that caused it.
 *
 * <p>Not thread-safe: a node belongs to one pipeline, run by one thread at a time (its conference's lock).
 */
public abstract class Node {
    private final String name;
    private long passed;
    private long dropped;

    protected Node(String name) {
        this.name = name;
    }

    /**
     * Runs this node on {@code context}.
     *
     * @return true to pass the packet on, false when this node dropped or consumed it (counted)
     */
    public final boolean run(PacketContext context) {
        boolean pass = process(context);
        if (pass) {
            passed++;
        } else {
            dropped++;
        }
        return pass;
    }

    /** This node's work; return false to stop the packet here. */
    protected abstract boolean process(PacketContext context);

    public final String name() {
        return name;
    }

    public final long passed() {
        return passed;
    }

    /** Packets this node stopped: dropped as bad or unwanted, or consumed (e.g. RTCP it terminates). */
    public final long dropped() {
        return dropped;
    }
}

package org.parley.media.internal.pipeline;

import java.util.List;

/**
 * Nodes run in order until one stops the packet. Built once per transport direction by a builder method that
 * reads top to bottom; the node array never changes afterwards, so running it allocates nothing.
 */
public final class Pipeline {
    private final Node[] nodes;

    public Pipeline(List<Node> nodes) {
        this.nodes = nodes.toArray(Node[]::new);
    }

    /** Runs {@code context} through the nodes; true when it came out of the last one. */
    public boolean run(PacketContext context) {
        for (Node node : nodes) {
            if (!node.run(context)) {
                return false;
            }
        }
        return true;
    }

    /** The nodes in order, for counters and tests. */
    public List<Node> nodes() {
        return List.of(nodes);
    }
}

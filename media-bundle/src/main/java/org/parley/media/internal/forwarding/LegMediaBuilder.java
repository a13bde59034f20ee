package org.parley.media.internal.forwarding;

/** Builds the {@link LegMedia} of a leg when it opens: how the pipelines, DTLS and sockets come in. */
@FunctionalInterface
public interface LegMediaBuilder {

    /** The media of {@code leg}; called once, from the leg's constructor, under the conference lock. */
    LegMedia build(Leg leg);

    /**
     * Media without sockets, DTLS or pipelines (tests of negotiation and routing): see {@link UnwiredMedia}.
     */
    static LegMedia unwired(Leg leg) {
        return new UnwiredMedia(leg.counters());
    }
}

package org.parley.media.api;

import java.util.Objects;

/**
 * The state of a leg's transport, as a participant's screen or the console names it.
 *
 * @param state where the leg is
 * @param transport {@code udp} or {@code tcp} once connected (ICE-TCP when UDP is blocked), else {@code null}
 * @param cause a sentence a person can act on when {@code state} is {@link State#FAILED}, else {@code null}
 */
public record MediaConnection(State state, String transport, String cause) {

    public MediaConnection {
        Objects.requireNonNull(state, "state");
    }

    /** The states of a leg's transport. */
    public enum State {
        CONNECTING, CONNECTED, FAILED, CLOSED
    }
}

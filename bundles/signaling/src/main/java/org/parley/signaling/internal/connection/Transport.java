package org.parley.signaling.internal.connection;

/**
 * The WebSocket under one connection (Jetty's session in the bundle, a fake in tests). Every method returns at
 * once; completion of a send is reported through its callback, on any thread, possibly before {@code send}
 * returns.
 */
public interface Transport {

    /** Sends one text frame; {@code done} gets {@code null} on success or the failure. */
    void send(String text, SendDone done);

    /** Starts the close handshake with this code and reason. */
    void close(Closing closing);

    /** Drops the TCP connection without a handshake (a peer that does not answer the close). */
    void abort();

    /** Completion of one {@link #send}. */
    @FunctionalInterface
    interface SendDone {
        void done(Throwable failure);
    }
}

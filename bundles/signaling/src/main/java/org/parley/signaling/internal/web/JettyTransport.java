package org.parley.signaling.internal.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.parley.signaling.internal.connection.Closing;
import org.parley.signaling.internal.connection.Connection;
import org.parley.signaling.internal.connection.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty side of one connection: Jetty's listener events go to the {@link Connection}, and the connection's
 * sends and closes go to Jetty's session. Nothing else happens here. Public because Jetty invokes the listener
 * methods through a public method-handle lookup.
 */
public final class JettyTransport implements Session.Listener.AutoDemanding, Transport {

    private static final Logger LOG = LoggerFactory.getLogger(JettyTransport.class);

    private volatile Connection connection;
    private volatile Session session;

    void bind(Connection bound) {
        this.connection = bound;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        this.session = opened;
    }

    @Override
    public void onWebSocketText(String message) {
        connection.onText(message);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        connection.onBinary();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("signaling: WebSocket error", cause);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        connection.onClosed(statusCode);
    }

    @Override
    public void send(String text, SendDone done) {
        Session current = session;
        if (current == null) {
            done.done(new IllegalStateException("the WebSocket is not open"));
            return;
        }
        try {
            current.sendText(text, Callback.from(() -> done.done(null), done::done));
        } catch (RuntimeException e) {
            done.done(e);
        }
    }

    @Override
    public void close(Closing closing) {
        Session current = session;
        if (current != null) {
            current.close(closing.code(), closing.reason(), Callback.NOOP);
        }
    }

    @Override
    public void abort() {
        Session current = session;
        if (current != null) {
            current.disconnect();
        }
    }
}

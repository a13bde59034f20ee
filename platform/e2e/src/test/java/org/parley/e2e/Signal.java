package org.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A client of the meeting WebSocket ({@code /ws}, protocol v1) as a browser page would be: the appliance's own
 * {@code Origin}, its self-signed certificate trusted (through {@link Api#webSocket}). Collects the server's JSON
 * messages in a queue, in order, and keeps every one received for assertions on what a client was told; records the
 * close code and reason. Sends one frame at a time. Waits are bounded ({@link #WAIT}) and never sleep for a timeout.
 */
final class Signal implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the server (or the network) ended the connection; code 1006 with the error when it broke off. */
    record Close(int code, String reason) {
    }

    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> history = new ArrayList<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private int pings;

    private Signal(Api api, URI uri, String origin) {
        WebSocket.Builder builder = api.webSocket();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        try {
            socket = builder.buildAsync(uri, new Collector()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("WebSocket to " + uri + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("WebSocket to " + uri + " did not open", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code /ws} from the appliance's own origin, without joining. */
    static Signal open(Appliance parley) {
        return new Signal(parley.api(), uri(parley), origin(parley));
    }

    /** Opens {@code /ws} and sends {@code join} with the token. */
    static Signal join(Appliance parley, String token) {
        Signal signal = open(parley);
        signal.send("join", "token", token);
        return signal;
    }

    /** Opens {@code /ws} with the join token and waits for {@code welcome}. */
    static Signal welcomed(Appliance parley, String token) {
        Signal signal = join(parley, token);
        signal.next("welcome");
        return signal;
    }

    /** The HTTP status of an upgrade sent with this {@code Origin} ({@code null}: none); 101 when it upgraded. */
    static int upgradeStatus(Appliance parley, String origin) {
        try (Signal signal = new Signal(parley.api(), uri(parley), origin)) {
            return 101;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** The appliance's own origin, the one its pages have. */
    static String origin(Appliance parley) {
        return "https://127.0.0.1:" + parley.httpsPort();
    }

    private static URI uri(Appliance parley) {
        return URI.create("wss://127.0.0.1:" + parley.httpsPort() + "/ws");
    }

    /** Sends {@code {"v":1,"type":type, name: value, …}}; values are strings, booleans or numbers. */
    void send(String type, Object... fields) {
        ObjectNode message = JSON.createObjectNode().put("v", 1).put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            message.set((String) fields[i], JSON.valueToTree(fields[i + 1]));
        }
        sendRaw(message.toString());
    }

    /** Sends one text frame as it is. */
    synchronized void sendRaw(String text) {
        complete(socket.sendText(text, true));
    }

    synchronized void sendBinary(byte[] bytes) {
        complete(socket.sendBinary(ByteBuffer.wrap(bytes), true));
    }

    /** The next message, whatever its type. */
    JsonNode next() {
        try {
            JsonNode message = inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("no message within " + WAIT + "; " + this);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next message of this type; those before it are passed over (they stay in {@link #history}). */
    JsonNode next(String type) {
        for (JsonNode message = nextUnlessClosed(); message != null; message = nextUnlessClosed()) {
            if (type.equals(message.path("type").asText())) {
                return message;
            }
        }
        throw new AssertionError("no " + type + " message; " + this);
    }

    /** The next message, or {@code null} once the connection is closed and every message before the close read. */
    JsonNode nextUnlessClosed() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean wasClosed = closed.isDone();
            JsonNode message = poll(100);
            if (message != null) {
                return message;
            }
            if (wasClosed) {
                return null;
            }
        }
        throw new AssertionError("neither a message nor a close within " + WAIT + "; " + this);
    }

    /** The next {@code error}, which must have this code. */
    JsonNode error(String code) {
        JsonNode error = next("error");
        if (!code.equals(error.path("code").asText())) {
            throw new AssertionError("expected error " + code + ", got " + error + "; " + this);
        }
        return error;
    }

    /**
     * Sends {@code ping} and waits for its {@code pong}: the server answers in order, so everything it sent this client
     * before is in by then. Returns the messages that were still unread before the pong (the pong not included).
     */
    List<JsonNode> flush() {
        pings++;
        send("ping", "id", "flush-" + pings);
        List<JsonNode> before = new ArrayList<>();
        for (JsonNode message = next(); !"pong".equals(message.path("type").asText()); message = next()) {
            before.add(message);
        }
        return before;
    }

    /** The types of every message received so far, pongs included, in order. */
    synchronized List<String> types() {
        return history.stream().map(message -> message.path("type").asText()).toList();
    }

    /** How many messages were received so far: a mark for {@link #typesSince}. */
    synchronized int mark() {
        return history.size();
    }

    /** The types of the messages received after the mark, in order. */
    synchronized List<String> typesSince(int mark) {
        return types().subList(mark, history.size());
    }

    /** Every message received so far of this type. */
    synchronized List<JsonNode> received(String type) {
        return history.stream().filter(message -> type.equals(message.path("type").asText())).toList();
    }

    /** Waits for the end of the connection. */
    Close closed() {
        try {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the connection was not closed within " + WAIT + "; " + this, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the end of the connection, which must have this close code and reason. */
    Close closedWith(int code, String reason) {
        Close close = closed();
        if (close.code() != code || !reason.equals(close.reason())) {
            throw new AssertionError("expected close " + code + " \"" + reason + "\"; " + this);
        }
        return close;
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /** Drops the TCP connection without a close frame, as a lost network would. */
    void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        socket.abort();
    }

    @Override
    public synchronized String toString() {
        return "received " + history + (closed.isDone() ? ", closed " + closed.join() : ", open");
    }

    private JsonNode poll(long millis) {
        try {
            return inbox.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void complete(CompletableFuture<WebSocket> sent) {
        try {
            sent.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!closed.isDone() && !(e.getCause() instanceof IOException)) {
                throw new IllegalStateException("send failed: " + e.getCause(), e.getCause());
            }
            // The server closed the connection (a refused frame, a flood): the test looks at the close.
        } catch (TimeoutException e) {
            throw new IllegalStateException("send did not complete within " + WAIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Collects text messages (which may come in parts) and the close. */
    private final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode message = parse(partial.toString());
                partial.setLength(0);
                synchronized (Signal.this) {
                    history.add(message);
                }
                inbox.add(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            closed.complete(new Close(-1, "the server sent a binary frame"));
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Close(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Close(1006, String.valueOf(error)));
        }

        private JsonNode parse(String text) {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException("the server sent a frame that is not JSON: " + text, e);
            }
        }
    }
}

package org.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The smallest WebDriver BiDi client (W3C WebDriver BiDi, §5 "Transport" and §6 "Protocol"): one WebSocket to the
 * browser's remote agent, commands {@code {"id","method","params"}} answered by {@code {"type":"success","id",
 * "result"}} or {@code {"type":"error","id","error","message"}}, and events ({@code "type":"event"}) kept for
 * diagnostics only. No geckodriver in between: Firefox speaks BiDi itself. Commands may be sent from any thread;
 * each waits for its own answer (at most {@link #WAIT}).
 */
final class Bidi implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final int KEPT_EVENTS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final WebSocket socket;

    /** Connects to {@code ws://127.0.0.1:PORT/session}, the endpoint on which {@code session.new} is sent. */
    Bidi(URI endpoint) {
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                    .buildAsync(endpoint, new Receiver()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no WebDriver BiDi connection to " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends one command and returns its {@code result}; an {@code error} answer is thrown as an AssertionError. */
    JsonNode send(String method, Map<String, ?> params) {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(params));
        try {
            synchronized (socket) {
                socket.sendText(command.toString(), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            JsonNode reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (!"success".equals(reply.path("type").asText())) {
                throw new AssertionError(method + " failed: " + reply.path("error").asText() + ": "
                        + reply.path("message").asText());
            }
            return reply.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer within " + WAIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pending.remove(id);
        }
    }

    /** The latest events received ({@code method}, {@code params}), oldest first: console messages, say. */
    synchronized List<JsonNode> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        socket.abort();
        pending.values().forEach(waiting -> waiting.completeExceptionally(new IOException("connection closed")));
    }

    private void received(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("the browser sent a frame that is not JSON: " + text, e);
        }
        if (message.has("id") && !message.get("id").isNull()) {
            CompletableFuture<JsonNode> waiting = pending.get(message.get("id").asLong());
            if (waiting != null) {
                waiting.complete(message);
            }
        } else if ("event".equals(message.path("type").asText())) {
            synchronized (this) {
                events.add(message);
                if (events.size() > KEPT_EVENTS) {
                    events.remove(0);
                }
            }
        }
    }

    /** Joins text frames that come in parts (a screenshot is one big frame) and hands each whole one on. */
    private final class Receiver implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String whole = partial.toString();
                partial.setLength(0);
                received(whole);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(waiting -> waiting.completeExceptionally(error));
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            pending.values().forEach(waiting -> waiting.completeExceptionally(
                    new IOException("closed by the browser: " + statusCode + " " + reason)));
            return null;
        }
    }
}

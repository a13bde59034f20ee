package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A host scheduling meetings every 100 ms while the database moves, as somebody would who did not drain the
 * appliance: every meeting whose creation was answered 201 must be there afterwards (nothing written during the
 * move is lost); the other answers are counted by status (503 while the store holds writers off) and printed.
 */
final class WritesDuringTheMove implements AutoCloseable {

    private static final long PAUSE_MILLIS = 100;

    private final Api host;
    private final Instant start;
    private final ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
    private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    private final Thread writer;
    private volatile boolean writing = true;

    WritesDuringTheMove(Api host, Instant start) {
        this.host = host;
        this.start = start;
        this.writer = new Thread(this::write, "writes-during-the-move");
        writer.setDaemon(true);
        writer.start();
    }

    private void write() {
        for (int i = 0; writing; i++) {
            Reply reply;
            try {
                reply = host.post("/api/v1/meetings", "{\"title\": \"During the move " + i + "\", \"start\": \""
                        + start.plusSeconds(3600) + "\", \"durationMinutes\": 15, \"timeZone\": \"UTC\"}");
            } catch (RuntimeException e) {
                statuses.merge(-1, 1, Integer::sum); // no answer at all (the connection failed)
                continue;
            }
            statuses.merge(reply.status(), 1, Integer::sum);
            if (reply.status() == 201) {
                created.add(reply.json().path("id").asText());
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Each meeting answered 201 is there for {@code hostAfter}, with its title. */
    void assertNothingLost(Api hostAfter) {
        List<String> missing = new ArrayList<>();
        for (String id : created) {
            Reply found = hostAfter.get("/api/v1/meetings/" + id);
            if (found.status() != 200 || !found.json().path("title").asText().startsWith("During the move")) {
                missing.add(id + " (" + found.status() + ")");
            }
        }
        System.out.printf("[database] writes during the move: %d meetings created, answers by status %s%n",
                created.size(), new TreeMap<>(statuses));
        assertTrue(created.size() > 0, "some writes went through: " + statuses);
        assertEquals(List.of(), missing, "meetings answered 201 but gone after the move");
    }

    @Override
    public void close() throws InterruptedException {
        writing = false;
        writer.interrupt();
        writer.join(30_000);
    }
}

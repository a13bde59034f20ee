package org.parley.media.internal.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaRefused;

/** Listener calls: serial per leg, in order, never under a media lock, and free to call back into the leg. */
class LegEventsTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void callsOfOneLegComeOneAtATimeInOrderOnAnotherThread() throws InterruptedException {
        AtomicInteger inFlight = new AtomicInteger();
        List<Long> revisions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Thread caller = Thread.currentThread();
        CountDownLatch done = new CountDownLatch(500);
        LegEvents events = new LegEvents(pool, new IgnoringListener() {
            @Override
            public void offer(long revision, String sdp) {
                if (inFlight.incrementAndGet() != 1 || Thread.currentThread() == caller) {
                    problems.add("overlap or caller thread at " + revision);
                }
                revisions.add(revision);
                inFlight.decrementAndGet();
                done.countDown();
            }
        }, "m", "p");

        for (long r = 1; r <= 500; r++) {
            events.offer(r, "sdp");
        }

        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(), problems);
        for (int i = 0; i < 500; i++) {
            assertEquals(i + 1, revisions.get(i));
        }
    }

    @Test
    void aFailingListenerDoesNotStopLaterCallsAndCloseStopsNewOnes() {
        List<String> seen = new ArrayList<>();
        ManualExecutor executor = new ManualExecutor();
        LegEvents events = new LegEvents(executor, new IgnoringListener() {
            @Override
            public void speaker(String participantId) {
                seen.add(participantId);
                if (participantId.equals("boom")) {
                    throw new IllegalStateException("listener bug");
                }
            }
        }, "m", "p");

        events.speaker("boom");
        events.speaker("after");
        events.close();
        events.speaker("too late");
        executor.runAll();

        assertEquals(List.of("boom", "after"), seen);
    }

    @Test
    void listenersThatAnswerAndCloseFromTheirCallbacksDoNotDeadlock() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Meeting meeting = new Meeting(pool, LegMediaBuilder::unwired);
            List<Participant> everyone = new ArrayList<>();
            for (int n = 1; n <= 4; n++) {
                Participant p = meeting.open(n);
                p.listener.onOffer((revision, sdp) -> answer(p, revision, sdp));
                everyone.add(p);
            }
            Participant leaver = meeting.open(5);
            leaver.listener.onOffer((revision, sdp) -> leaver.leg.close());
            everyone.forEach(LegEventsTest::offer);
            offer(leaver);

            awaitQuiet(everyone);

            for (Participant p : everyone) {
                assertEquals(List.of(), p.listener.violations());
                assertEquals(6, LegTest.sentMsids(LegTest.parse(p.listener.lastOffer().sdp())).size(),
                        p.id() + " receives the three others' audio and video, not the leaver's");
            }
            assertEquals(MediaConnection.State.CLOSED,
                    leaver.listener.connections().get(leaver.listener.connections().size() - 1).state());
        });
    }

    private static void answer(Participant p, long revision, String sdp) {
        try {
            p.leg.answer(revision, p.browser.answer(sdp));
        } catch (MediaRefused e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static void offer(Participant p) {
        try {
            p.offer();
        } catch (MediaRefused e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Waits until every leg has answered its last offer and no new one came for a while. */
    private static void awaitQuiet(List<Participant> everyone) throws InterruptedException {
        int stableRounds = 0;
        int lastCount = -1;
        while (stableRounds < 20) {
            Thread.sleep(20);
            int count = everyone.stream().mapToInt(p -> p.listener.offers().size()).sum();
            boolean settled = everyone.stream().noneMatch(p -> p.leg.negotiationBusy());
            stableRounds = count == lastCount && settled ? stableRounds + 1 : 0;
            lastCount = count;
        }
    }
}

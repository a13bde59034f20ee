package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialRunnerTest {

    @Test
    void runsTasksInOrderAndNeverTwoAtOnceOnAWidePool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        SerialRunner runner = new SerialRunner(pool);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(2_000);
        for (int i = 0; i < 2_000; i++) {
            int number = i;
            runner.run(() -> {
                if (running.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                order.add(number);
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        pool.shutdown();
        assertEquals(0, overlaps.get());
        for (int i = 0; i < order.size(); i++) {
            assertEquals(i, order.get(i));
        }
    }

    @Test
    void aShutDownExecutorRefusesNewWorkButQueuedTasksStillRun() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        SerialRunner runner = new SerialRunner(pool);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch queuedRan = new CountDownLatch(1);
        runner.run(() -> await(release));
        runner.run(queuedRan::countDown); // waits behind the first
        pool.shutdown();
        release.countDown();
        assertTrue(queuedRan.await(5, TimeUnit.SECONDS), "run by the last task's thread");
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertThrows(RejectedExecutionException.class, () -> runner.run(() -> { }));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.parley.media.internal.dtls;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Records what an association reports; fails a test that waits for the wrong outcome. */
final class RecordingListener implements DtlsListener {
    static final long WAIT_SECONDS = 10;

    final CompletableFuture<SrtpKeyMaterial> established = new CompletableFuture<>();
    final CompletableFuture<DtlsFailure> failed = new CompletableFuture<>();
    final CompletableFuture<Boolean> closed = new CompletableFuture<>();
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public void established(SrtpKeyMaterial keys) {
        calls.incrementAndGet();
        established.complete(keys);
    }

    @Override
    public void failed(DtlsFailure reason) {
        calls.incrementAndGet();
        failed.complete(reason);
    }

    @Override
    public void closed() {
        calls.incrementAndGet();
        closed.complete(true);
    }

    SrtpKeyMaterial awaitKeys() throws Exception {
        return await(established, "established");
    }

    DtlsFailure awaitFailure() throws Exception {
        return await(failed, "failed");
    }

    void awaitClosed() throws Exception {
        await(closed, "closed");
    }

    private <T> T await(CompletableFuture<T> outcome, String what) throws Exception {
        try {
            return outcome.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no '" + what + "' within " + WAIT_SECONDS + " s; established="
                    + established.isDone() + " failed=" + failed.getNow(null) + " closed=" + closed.isDone(), e);
        } catch (ExecutionException e) {
            throw new AssertionError(what, e.getCause());
        }
    }
}

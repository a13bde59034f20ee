package org.parley.media.internal.dtls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsClient;
import org.bouncycastle.tls.TlsServer;

/**
 * An association wired to a BouncyCastle "browser" over in-memory queues, each side on its own threads: what the
 * association sends lands in the browser's queue, what the browser sends is {@link DtlsAssociation#offer offered}
 * from {@link #BROWSER} as the I/O thread would. {@link #tap} sees every browser datagram first. A test starts the
 * association with a browser through a {@code startWith} method, or without one through {@code association.start()}.
 */
final class DtlsLink implements AutoCloseable {
    static final InetSocketAddress BROWSER = new InetSocketAddress(InetAddress.getLoopbackAddress(), 50_000);
    static final InetSocketAddress STRANGER = new InetSocketAddress(InetAddress.getLoopbackAddress(), 50_001);

    final ExecutorService executor = Executors.newFixedThreadPool(2);
    final ExecutorService browserThread = Executors.newSingleThreadExecutor();
    final BlockingQueue<byte[]> toBrowser = new LinkedBlockingQueue<>();
    final RecordingListener listener = new RecordingListener();
    final DtlsAssociation association;
    private final DtlsRole role;
    volatile Consumer<byte[]> tap = datagram -> { };

    DtlsLink(DtlsRole role, List<CertificateFingerprint> expected, DtlsSettings settings) {
        this.role = role;
        association = new DtlsAssociation(role, TestCertificates.SFU, expected, settings, toBrowser::add, listener,
                executor);
    }

    DtlsLink(DtlsRole role) {
        this(role, TestCertificates.browserFingerprint(), DtlsSettings.DEFAULTS);
    }

    /**
     * Runs the browser as DTLS client and starts the association; the future fails with BC's exception when the
     * browser's side of the handshake does.
     */
    CompletableFuture<DTLSTransport> startWith(TlsClient browser) {
        return start(() -> new DTLSClientProtocol().connect(browser, browserWire()));
    }

    /** Runs the browser as DTLS server and starts the association. */
    CompletableFuture<DTLSTransport> startWith(TlsServer browser) {
        return start(() -> new DTLSServerProtocol().accept(browser, browserWire()));
    }

    /**
     * Starts the association against a browser in the other role that offers (as client) or answers (as server)
     * {@code profile}.
     */
    CompletableFuture<DTLSTransport> startWithBrowser(int profile) {
        return role == DtlsRole.SERVER ? startWith(new BrowserClient(TestCertificates.BROWSER, profile))
                : startWith(new BrowserServer(TestCertificates.BROWSER, profile));
    }

    /** Waits until both sides have finished the handshake. */
    Handshake awaitHandshake(CompletableFuture<DTLSTransport> browserSide) throws Exception {
        SrtpKeyMaterial keys = listener.awaitKeys();
        return new Handshake(keys, browserSide.get(RecordingListener.WAIT_SECONDS, TimeUnit.SECONDS));
    }

    /** Both ends of a completed handshake: the keys the association reported and the browser's transport. */
    record Handshake(SrtpKeyMaterial keys, DTLSTransport browser) {
    }

    private CompletableFuture<DTLSTransport> start(BrowserHandshake handshake) {
        CompletableFuture<DTLSTransport> browserSide = CompletableFuture.supplyAsync(() -> {
            try {
                return handshake.run();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, browserThread);
        association.start();
        return browserSide;
    }

    /** The browser's socket: reads what the association sent, sends by offering to the association. */
    private BrowserWire browserWire() {
        return new BrowserWire(toBrowser, datagram -> {
            tap.accept(datagram);
            association.offer(datagram, 0, datagram.length, BROWSER);
        });
    }

    /** BouncyCastle's blocking connect or accept. */
    private interface BrowserHandshake {
        DTLSTransport run() throws IOException;
    }

    @Override
    public void close() {
        association.close();
        browserThread.shutdownNow();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

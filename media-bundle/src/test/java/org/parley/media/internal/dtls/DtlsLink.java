package org.parley.media.internal.dtls;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
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
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.TlsClient;
import org.bouncycastle.tls.TlsServer;

/**
 * An association wired to a BouncyCastle "browser" over in-memory queues, each side on its own threads: what the
 * association sends lands in the browser's queue, what the browser sends is {@link DtlsAssociation#offer offered}
 * from {@link #BROWSER} as the I/O thread would. {@link #tap} sees every browser datagram first.
 */
final class DtlsLink implements AutoCloseable {
    static final InetSocketAddress BROWSER = new InetSocketAddress(InetAddress.getLoopbackAddress(), 50_000);
    static final InetSocketAddress STRANGER = new InetSocketAddress(InetAddress.getLoopbackAddress(), 50_001);

    final ExecutorService executor = Executors.newFixedThreadPool(2);
    final ExecutorService browserThread = Executors.newSingleThreadExecutor();
    final BlockingQueue<byte[]> toBrowser = new LinkedBlockingQueue<>();
    final RecordingListener listener = new RecordingListener();
    final DtlsAssociation association;
    volatile Consumer<byte[]> tap = datagram -> { };

    DtlsLink(DtlsRole role, List<CertificateFingerprint> expected, DtlsSettings settings) {
        association = new DtlsAssociation(role, TestCertificates.SFU, expected, settings, toBrowser::add, listener,
                executor);
    }

    DtlsLink(DtlsRole role) {
        this(role, TestCertificates.browserFingerprint(), DtlsSettings.DEFAULTS);
    }

    /** Runs the browser as DTLS client; the future fails with BC's exception when the handshake does. */
    CompletableFuture<DTLSTransport> browserConnects(TlsClient client) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new DTLSClientProtocol().connect(client, new BrowserTransport());
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, browserThread);
    }

    /** Runs the browser as DTLS server. */
    CompletableFuture<DTLSTransport> browserAccepts(TlsServer server) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new DTLSServerProtocol().accept(server, new BrowserTransport());
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, browserThread);
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

    /** The browser's socket: reads what the association sent, sends by offering to the association. */
    private final class BrowserTransport implements DatagramTransport {
        @Override
        public int getReceiveLimit() {
            return 1500;
        }

        @Override
        public int getSendLimit() {
            return 1200;
        }

        @Override
        public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
            try {
                byte[] datagram = toBrowser.poll(waitMillis, TimeUnit.MILLISECONDS);
                if (datagram == null) {
                    return -1;
                }
                System.arraycopy(datagram, 0, buf, off, Math.min(len, datagram.length));
                return Math.min(len, datagram.length);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }

        @Override
        public void send(byte[] buf, int off, int len) {
            byte[] datagram = Arrays.copyOfRange(buf, off, off + len);
            tap.accept(datagram);
            association.offer(datagram, 0, datagram.length, BROWSER);
        }

        @Override
        public void close() {
        }
    }
}

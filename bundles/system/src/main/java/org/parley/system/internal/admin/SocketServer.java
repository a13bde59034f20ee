package org.parley.system.internal.admin;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Unix domain server socket with one accepting thread and a small pool of workers, each serving one connection:
 * peer credentials, the request line, the dispatcher's reply. When all workers are busy and the short queue is
 * full, a connection is answered "busy" at once (exit status 75) instead of piling up.
 */
final class SocketServer implements AutoCloseable {

    static final int EXIT_BUSY = 75;
    private static final Logger LOG = LoggerFactory.getLogger(SocketServer.class);
    private static final int QUEUE = 8;

    private final Path path;
    private final ServerSocketChannel server;
    private final ThreadPoolExecutor workers;
    private final RequestReader reader;
    private final AdminDispatcher dispatcher;
    private final Thread acceptor;

    private SocketServer(Path path, ServerSocketChannel server, int threads, RequestReader reader,
            AdminDispatcher dispatcher) {
        this.path = path;
        this.server = server;
        this.reader = reader;
        this.dispatcher = dispatcher;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> daemon(r, "parley-admin-" + n.incrementAndGet()));
        workers.allowCoreThreadTimeOut(true);
        this.acceptor = daemon(this::acceptLoop, "parley-admin-accept");
    }

    /** Binds {@code path} (a stale socket file from a crash is removed first), mode 0600, and starts accepting. */
    static SocketServer open(Path path, int threads, RequestReader reader, AdminDispatcher dispatcher)
            throws IOException {
        Files.deleteIfExists(path);
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(path));
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        SocketServer server = new SocketServer(path, channel, threads, reader, dispatcher);
        server.acceptor.start();
        return server;
    }

    Path path() {
        return path;
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                try {
                    workers.execute(() -> serve(connection));
                } catch (RejectedExecutionException e) {
                    answer(connection, AdminProtocol.failure(EXIT_BUSY, "Parley is busy with other parleyctl calls; "
                            + "try again in a moment"));
                }
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Admin socket accept failed: {}", e.getMessage());
            }
        }
    }

    private void serve(SocketChannel connection) {
        try (connection) {
            UnixDomainPrincipal principal = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
            String reply;
            try {
                AdminProtocol.Request request = AdminProtocol.decode(reader.read(connection));
                reply = dispatcher.handle(Peer.of(principal, request.pid()), request);
            } catch (AdminProtocol.BadRequest e) {
                reply = dispatcher.unreadable(Peer.of(principal, -1), e.getMessage());
            }
            write(connection, reply);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Admin socket connection ended: {}", e.toString());
        }
    }

    private static void answer(SocketChannel connection, String reply) {
        try (connection) {
            write(connection, reply);
        } catch (IOException e) {
            LOG.debug("Admin socket busy reply not delivered: {}", e.toString());
        }
    }

    private static void write(SocketChannel connection, String reply) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(reply.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            connection.write(bytes);
        }
    }

    /** Stops accepting, lets running calls finish briefly, and deletes the socket file. */
    @Override
    public void close() {
        try {
            server.close();
            acceptor.join(2000);
        } catch (IOException e) {
            LOG.warn("Closing the admin socket failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdown();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", path, e.getMessage());
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}

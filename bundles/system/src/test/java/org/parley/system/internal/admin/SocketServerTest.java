package org.parley.system.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.audit.api.AuditEvent;
import org.parley.system.internal.AuditTrail;
import org.parley.testing.support.FakeAudit;

/** The server over a real Unix domain socket (the test runs as whoever runs Maven: the replies depend on it). */
class SocketServerTest {

    @TempDir
    Path dir;

    private final FakeAudit audit = new FakeAudit();
    private SocketServer server;
    private Path socket;
    private boolean root;

    @BeforeEach
    void start() throws IOException {
        socket = dir.resolve("admin.sock");
        Files.writeString(socket, "stale file of a crashed run");
        AdminDispatcher dispatcher = new AdminDispatcher(new AuditTrail(() -> audit));
        dispatcher.add("echo", request -> Map.of("said", request.argument("say", "")));
        server = SocketServer.open(socket, 2, new RequestReader(1024, Duration.ofMillis(500)), dispatcher);
        root = "root".equals(System.getProperty("user.name"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void replacesAStaleFileAndIsForItsOwnerOnly() throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
    }

    @Test
    void answersOneRequestPerConnection() throws IOException {
        String reply = exchange("{\"command\":\"echo\",\"arguments\":{\"say\":\"hi\"},\"pid\":5}\n");
        assertEquals(root ? "{\"ok\":true,\"result\":{\"said\":\"hi\"}}"
                : "{\"ok\":false,\"exitStatus\":77,\"message\":\"parleyctl must be run as root\"}", reply);
        assertEquals("admin.echo", last().action());
    }

    @Test
    void refusesARequestOverTheSizeLimit() throws IOException {
        String reply = exchange("{\"command\":\"echo\",\"arguments\":{\"say\":\"" + "x".repeat(2000) + "\"}}\n");
        assertTrue(reply.contains(root ? "larger than 1 KiB" : "must be run as root"), reply);
        assertEquals("admin.invalid", last().action());
    }

    @Test
    void aSilentClientIsAnsweredAfterTheReadTimeout() throws IOException {
        String reply = exchange("{\"command\":\"echo\"");
        assertTrue(reply.contains(root ? "no complete request" : "must be run as root"), reply);
    }

    @Test
    void garbageIsAnErrorReplyAndTheServerGoesOn() throws IOException {
        assertTrue(exchange("\u0000\u00ff garbage\n").contains("\"ok\":false"));
        assertTrue(exchange("{\"command\":\"echo\"}\n").contains(root ? "\"ok\":true" : "\"exitStatus\":77"));
    }

    @Test
    void closingDeletesTheSocket() {
        server.close();
        assertFalse(Files.exists(socket));
    }

    /** Sends the bytes (no newline added), half-closes, and reads the reply line. */
    private String exchange(String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1)));
            ByteBuffer reply = ByteBuffer.allocate(4096);
            while (channel.read(reply) >= 0 && reply.position() < reply.capacity()) {
                if (reply.position() > 0 && reply.get(reply.position() - 1) == '\n') {
                    break;
                }
            }
            return new String(reply.array(), 0, reply.position(), StandardCharsets.UTF_8).strip();
        }
    }

    private AuditEvent last() {
        return audit.events.get(audit.events.size() - 1);
    }
}

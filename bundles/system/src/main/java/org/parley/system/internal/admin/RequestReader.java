package org.parley.system.internal.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads the one request line of a connection, bounded in size and time: a Unix domain channel has no read timeout
 * of its own, so the read waits on a selector until the deadline. A client that sends too much, too slowly, or
 * bytes that are not UTF-8 gets an error reply, never a worker held forever.
 */
final class RequestReader {

    private final int limit;
    private final Duration timeout;

    RequestReader(int limit, Duration timeout) {
        this.limit = limit;
        this.timeout = timeout;
    }

    /** The line without its newline; the channel is left in blocking mode for the reply. */
    String read(SocketChannel channel) throws IOException, AdminProtocol.BadRequest {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new AdminProtocol.BadRequest("no complete request within " + timeout.toSeconds() + " s");
                }
                selector.select(left);
                selector.selectedKeys().clear();
                buffer.clear();
                int read = channel.read(buffer);
                if (read < 0) {
                    throw new AdminProtocol.BadRequest("the request ended without a newline");
                }
                for (int i = 0; i < read; i++) {
                    byte b = buffer.get(i);
                    if (b == '\n') {
                        return decode(line.toByteArray());
                    }
                    if (line.size() + 1 >= limit) {
                        throw new AdminProtocol.BadRequest("the request is larger than " + limit / 1024 + " KiB");
                    }
                    line.write(b);
                }
            }
        } finally {
            channel.configureBlocking(true);
        }
    }

    private static String decode(byte[] bytes) throws AdminProtocol.BadRequest {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AdminProtocol.BadRequest("the request is not UTF-8");
        }
    }
}

package org.parley.ctl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A service on a real Unix domain socket that answers each request line with what {@code replies} says, and keeps
 * the requests; plus the {@link Ctl} of a home folder whose run folder holds it.
 */
final class FakeService implements AutoCloseable {

    final List<String> requests = new CopyOnWriteArrayList<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Ctl ctl;
    private final ServerSocketChannel server;
    private final Thread thread;

    FakeService(Path home, Function<String, String> replies) throws IOException {
        ctl = Ctl.fromEnvironment(Map.of(), home, new PrintStream(out, true), new PrintStream(err, true));
        java.nio.file.Files.createDirectories(ctl.run());
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(ctl.socket()));
        thread = new Thread(() -> serve(replies));
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(Function<String, String> replies) {
        while (server.isOpen()) {
            try (SocketChannel channel = server.accept()) {
                ByteBuffer buffer = ByteBuffer.allocate(65536);
                while (buffer.position() == 0 || buffer.get(buffer.position() - 1) != '\n') {
                    if (channel.read(buffer) < 0) {
                        break;
                    }
                }
                String line = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
                requests.add(line);
                channel.write(ByteBuffer.wrap((replies.apply(line) + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                return;
            }
        }
    }

    int run(String... args) {
        return Main.run(List.of(args), ctl);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

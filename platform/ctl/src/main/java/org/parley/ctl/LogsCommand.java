package org.parley.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code parleyctl logs}: the end of Parley's log file (what {@code conf/logback.xml} writes under the log root),
 * read here as root; with the service up the call is made through the socket first, so it is audited.
 */
final class LogsCommand implements CtlCommand {

    private static final long FOLLOW_POLL_MILLIS = 500;

    @Override
    public String name() {
        return "logs";
    }

    @Override
    public String summary() {
        return "the end of Parley's log (--follow to keep reading)";
    }

    @Override
    public String usage() {
        return """
                Usage: parleyctl logs [--lines N] [--follow]
                Prints the last N lines (default 50) of Parley's log file (parley.log in the log folder,
                /var/log/parley when installed; rotated files beside it are gzip'ed). --follow keeps printing new
                lines until Ctrl-C. The same lines, with those from before the log file was opened, are in the
                journal: journalctl -u parley.
                Exit status: 0 done, 1 no log file, 2 bad usage, 77 not root.
                """;
    }

    @Override
    public int run(List<String> arguments, Ctl ctl) throws Exception {
        Options options = Options.parse(arguments, Set.of("follow"), Set.of("lines")).atMost(0);
        int lines = options.number("lines", 50, 0);
        Path file = ctl.log().resolve("parley.log");
        if (ctl.client().available()) {
            JsonNode logs = ctl.client().call("logs", Map.of("lines", Integer.toString(lines)));
            file = Path.of(logs.path("current").asText(file.toString()));
        }
        if (!Files.isRegularFile(file)) {
            ctl.err().println("parleyctl logs: no log file at " + file + "; see 'journalctl -u parley'");
            return 1;
        }
        long end = printTail(file, lines, ctl);
        ctl.err().println("(" + file + "; also 'journalctl -u parley')");
        if (options.flag("follow")) {
            follow(file, end, ctl);
        }
        return 0;
    }

    /** Prints the last {@code count} lines; returns the offset read up to. */
    static long printTail(Path file, int count, Ctl ctl) throws IOException {
        Deque<String> last = new ArrayDeque<>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                last.addLast(line);
                if (last.size() > count) {
                    last.removeFirst();
                }
            }
        }
        last.forEach(ctl.out()::println);
        return Files.size(file);
    }

    /** Prints what is appended; starts from the top again when the file was rotated (it got shorter). */
    private static void follow(Path file, long from, Ctl ctl) throws IOException, InterruptedException {
        long offset = from;
        while (true) {
            long size = Files.exists(file) ? Files.size(file) : 0;
            if (size < offset) {
                offset = 0;
            }
            if (size > offset) {
                try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                    in.seek(offset);
                    byte[] bytes = new byte[(int) Math.min(size - offset, 1 << 20)];
                    in.readFully(bytes);
                    ctl.out().print(new String(bytes, StandardCharsets.UTF_8));
                    ctl.out().flush();
                    offset += bytes.length;
                }
            }
            Thread.sleep(FOLLOW_POLL_MILLIS);
        }
    }
}

package org.parley.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code openssl s_client} against a port, as an admin checking the TLS setup would. */
final class OpenSsl {

    /** What s_client printed and how it exited. */
    record Handshake(int exitCode, String output) {
        boolean negotiated(String protocol) {
            return exitCode == 0 && (output.contains("Protocol  : " + protocol)
                    || output.contains("New, " + protocol + ","));
        }
    }

    private OpenSsl() {
    }

    static Handshake connect(int port, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port,
                "-servername", "localhost"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("openssl s_client hung: " + command);
        }
        return new Handshake(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}

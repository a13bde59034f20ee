package org.parley.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The distribution's {@code bin/parleyctl} run as a process against an appliance, with its environment
 * ({@code PARLEY_HOME}; the roots follow from it as the launcher's do), optionally behind a wrapper such as
 * {@code setpriv}. Output and errors are kept apart, as a script calling parleyctl sees them.
 */
final class Parleyctl {

    /** How a run ended. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private Parleyctl() {
    }

    static Run run(Appliance parley, String... args) {
        return as(parley, List.of(), args);
    }

    static Run as(Appliance parley, List<String> wrapper, String... args) {
        List<String> command = new ArrayList<>(wrapper);
        command.add(parley.home().resolve("bin/parleyctl").toString());
        command.addAll(List.of(args));
        try {
            Path err = Files.createTempFile(parley.home(), "parleyctl", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
            builder.environment().put("PARLEY_HOME", parley.home().toString());
            String javaHome = System.getProperty("parley.java.home", "");
            builder.environment().put("JAVA_HOME", javaHome.isBlank() ? System.getProperty("java.home") : javaHome);
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("parleyctl " + String.join(" ", args) + " hung");
            }
            String errors = Files.readString(err);
            Files.delete(err);
            return new Run(process.exitValue(), out, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

package org.parley.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Ctl ctl = Ctl.fromEnvironment(Map.of(), home, new PrintStream(out, true), new PrintStream(err, true));
        return Main.run(List.of(args), ctl);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : List.of("status", "check", "config", "admin", "drain", "logs")) {
            assertTrue(out.toString().contains("  " + command + " "), command + " missing from:\n" + out);
        }
    }

    @Test
    void noCommandIsBadUsage() {
        assertEquals(2, run());
    }

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        for (CtlCommand command : Commands.all()) {
            out.reset();
            assertEquals(0, run(command.name(), "--help"), command.name());
            assertTrue(out.toString().startsWith("Usage: parleyctl " + command.name()), out.toString());
            assertTrue(out.toString().contains("Exit status"), command.name() + " tells no exit status");
        }
    }

    @Test
    void unknownCommandIsBadUsage() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString().contains("unknown command 'frobnicate'"));
    }

    @Test
    void unknownOptionIsBadUsageNamingIt() {
        assertEquals(2, run("status", "--jsno"));
        assertTrue(err.toString().contains("unknown option --jsno"), err.toString());
        assertTrue(err.toString().contains("'parleyctl status --help'"), err.toString());
    }

    @Test
    void notRunningIsExitThreeWithTheFix() {
        for (String[] args : List.of(new String[] {"status"}, new String[] {"config", "get"},
            new String[] {"drain"})) {
            err.reset();
            assertEquals(3, run(args), String.join(" ", args));
            String text = err.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("systemctl start parley"), text);
        }
    }

    @Test
    void badUsageOfTheCommandsIsExitTwo() {
        assertEquals(2, run("config"));
        assertEquals(2, run("config", "set", "org.parley.x"));
        assertEquals(2, run("config", "set", "org.parley.x", "noequals"));
        assertEquals(2, run("admin", "forget"));
        assertEquals(2, run("drain", "--timeout", "soon"));
        assertEquals(2, run("logs", "--lines", "-1"));
    }
}

package org.parley.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CtlTest {

    @Test
    void aFreshDistributionIsFromSourceEvenWithoutVar() {
        Path home = Path.of("/tmp/nowhere/parley");
        Ctl ctl = Ctl.fromEnvironment(Map.of(), home, System.out, System.err);
        assertEquals(home.resolve("etc"), ctl.etc());
        assertEquals(home.resolve("var/lib"), ctl.varLib());
        assertEquals(home.resolve("var/log"), ctl.log());
        assertEquals(home.resolve("var/run/admin.sock"), ctl.socket());
    }

    @Test
    void theInstalledProgramUsesTheInstalledLayout() {
        Ctl ctl = Ctl.fromEnvironment(Map.of(), Path.of("/usr/lib/parley/"), System.out, System.err);
        assertEquals(Path.of("/etc/parley"), ctl.etc());
        assertEquals(Path.of("/var/lib/parley"), ctl.varLib());
        assertEquals(Path.of("/var/log/parley"), ctl.log());
        assertEquals(Path.of("/run/parley/admin.sock"), ctl.socket());
    }

    @Test
    void theEnvironmentMovesEachRoot() {
        Ctl ctl = Ctl.fromEnvironment(Map.of("PARLEY_RUN", "/srv/run", "PARLEY_VAR_LIB", "/srv/lib", "PARLEY_LOG",
                " "), Path.of("/usr/lib/parley"), System.out, System.err);
        assertEquals(Path.of("/srv/run/admin.sock"), ctl.socket());
        assertEquals(Path.of("/srv/lib"), ctl.varLib());
        assertEquals(Path.of("/var/log/parley"), ctl.log(), "a blank variable counts as unset");
    }
}

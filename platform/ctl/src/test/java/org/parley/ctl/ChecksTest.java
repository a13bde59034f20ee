package org.parley.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksTest {

    @TempDir
    Path dir;

    @Test
    void oneCpuFailsWithAFix() {
        assertEquals("FAIL", HostChecks.cpu(1).status());
        assertTrue(HostChecks.cpu(1).fix().contains("at least 2 CPUs"));
        assertEquals("OK", HostChecks.cpu(2).status());
    }

    @Test
    void memoryComesFromMeminfo() throws Exception {
        Path small = Files.writeString(dir.resolve("small"), "MemTotal:        1000000 kB\nMemFree: 5 kB\n");
        Path big = Files.writeString(dir.resolve("big"), "MemTotal:       24000000 kB\n");
        assertEquals("FAIL", HostChecks.memory(small).status());
        assertEquals("OK", HostChecks.memory(big).status());
        assertEquals("UNKNOWN", HostChecks.memory(dir.resolve("none")).status());
    }

    @Test
    void diskOfAFolderNotMadeYetIsThatOfItsVolume() {
        assertTrue(HostChecks.disk("disk state", dir.resolve("not/yet")).detail().contains("MiB free"));
    }

    @Test
    void portsOfAStoppedParleyComeFromItsFilesElseDefaults() throws Exception {
        Files.writeString(dir.resolve("org.parley.http.FrontDoor.cfg"), "# installed\nhttpsPort=443\nhttpPort = \"80\"\n");
        assertEquals(Map.of("https", 443, "http", 80, "mediaUdp", 10000, "mediaTcp", 4443), PortChecks.fromFiles(dir));
    }

    @Test
    void aTakenPortFailsNamingTheWayToFindWhoHoldsIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            CheckResult stopped = PortChecks.check("https", taken.getLocalPort(), false);
            assertEquals("FAIL", stopped.status());
            assertTrue(stopped.fix().contains("ss -lntup"), stopped.fix());
            assertEquals("OK", PortChecks.check("https", taken.getLocalPort(), true).status(), "listening");
        }
        assertEquals("OK", PortChecks.check("http", 0, false).status(), "0 = off");
    }
}

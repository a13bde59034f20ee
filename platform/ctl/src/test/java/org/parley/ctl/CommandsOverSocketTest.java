package org.parley.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command against a fake service on a real socket: what it sends, what it prints, how it exits. */
class CommandsOverSocketTest {

    private static final String STATUS = """
            {"ok":true,"result":{"service":"running","version":"0.1.0","java":"OpenJDK 17","pid":12,"uptimeSeconds":3725,
            "health":{"status":"%s","components":{"database":{"status":"%s","detail":"Derby","critical":true}}},
            "bundles":[{"symbolicName":"org.parley.api","version":"0.1.0","state":"ACTIVE"}]}}""";

    @TempDir
    Path home;

    private FakeService service(Function<String, String> replies) throws Exception {
        return new FakeService(home, replies);
    }

    @Test
    void statusIsReadableAndExitsOneWhenACriticalComponentIsDown() throws Exception {
        try (FakeService up = service(line -> STATUS.formatted("UP", "UP").replace("\n", ""))) {
            assertEquals(0, up.run("status"));
            assertTrue(up.out().contains("Parley 0.1.0: running (pid 12, up 1h 2m, OpenJDK 17)"), up.out());
            assertTrue(up.out().contains("database         UP    Derby (critical)"), up.out());
            assertTrue(up.out().contains("Bundles: 1 (1 active)"), up.out());
            assertTrue(up.requests.get(0).startsWith("{\"command\":\"status\",\"arguments\":{},\"pid\":"));
        }
        Files.delete(home.resolve("var/run/admin.sock"));
        try (FakeService down = service(line -> STATUS.formatted("DOWN", "DOWN").replace("\n", ""))) {
            assertEquals(1, down.run("status", "--json"));
            assertTrue(down.out().contains("\"status\" : \"DOWN\""), down.out());
        }
    }

    @Test
    void configSetSendsEachValueAndShowsTheValidatorsRefusal() throws Exception {
        try (FakeService svc = service(line -> "{\"ok\":false,\"exitStatus\":2,\"message\":"
                + "\"org.parley.auth.Sessions: idleMinutes='lots' is not an integer. Nothing was changed.\"}")) {
            assertEquals(2, svc.run("config", "set", "org.parley.auth.Sessions", "idleMinutes=lots", "list=[a, b]"));
            assertTrue(svc.requests.get(0).contains("\"arguments\":{\"pid\":\"org.parley.auth.Sessions\","
                    + "\"value.idleMinutes\":\"lots\",\"value.list\":\"[a, b]\"}"), svc.requests.get(0));
            assertTrue(svc.err().contains("parleyctl config: org.parley.auth.Sessions: idleMinutes='lots' is not an "
                    + "integer. Nothing was changed."), svc.err());
        }
    }

    @Test
    void configGetOfOneAttributePrintsJustItsValue() throws Exception {
        try (FakeService svc = service(line -> "{\"ok\":true,\"result\":{\"id\":\"urls\",\"value\":[\"a\",\"b\"]}}")) {
            assertEquals(0, svc.run("config", "get", "org.parley.auth.Directory", "urls"));
            assertEquals("[a, b]\n", svc.out());
            assertTrue(svc.requests.get(0).contains("{\"pid\":\"org.parley.auth.Directory\",\"attribute\":\"urls\"}"));
        }
    }

    @Test
    void aRefusalOfTheServiceKeepsItsExitStatus() throws Exception {
        try (FakeService svc = service(line -> "{\"ok\":false,\"exitStatus\":77,\"message\":\"parleyctl must be run "
                + "as root\"}")) {
            assertEquals(77, svc.run("status"));
            assertTrue(svc.err().contains("must be run as root"));
        }
    }

    @Test
    void drainWaitsAndGivesUpWithSeventyFiveAtTheTimeout() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FakeService svc = service(line -> {
            calls.incrementAndGet();
            return "{\"ok\":true,\"result\":{\"draining\":true,\"liveMeetings\":2}}";
        })) {
            assertEquals(75, svc.run("drain", "--timeout", "0"));
            assertTrue(svc.out().contains("Draining: new joins are refused. 2 meetings are live."), svc.out());
            assertTrue(svc.err().contains("parleyctl drain --cancel"), svc.err());
            assertTrue(svc.requests.get(0).contains("\"action\":\"start\""), svc.requests.get(0));
        }
    }

    @Test
    void drainEndsWhenNoMeetingIsLeftAndCancelUndoes() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FakeService svc = service(line -> line.contains("cancel")
                ? "{\"ok\":true,\"result\":{\"draining\":false,\"liveMeetings\":0}}"
                : "{\"ok\":true,\"result\":{\"draining\":true,\"liveMeetings\":" + (calls.incrementAndGet() > 1 ? 0 : 1)
                        + "}}")) {
            assertEquals(0, svc.run("drain"));
            assertTrue(svc.out().contains("1 meeting is live.\nNo meeting is live."), svc.out());
            assertEquals(0, svc.run("drain", "--cancel"));
            assertTrue(svc.out().contains("Not draining"), svc.out());
        }
    }

    @Test
    void logsPrintsTheEndOfTheFileTheServiceNames() throws Exception {
        Path log = Files.createDirectories(home.resolve("elsewhere")).resolve("parley.log");
        Files.writeString(log, "one\ntwo\nthree\n");
        try (FakeService svc = service(line -> "{\"ok\":true,\"result\":{\"folder\":\"" + log.getParent()
                + "\",\"current\":\"" + log + "\",\"files\":[\"parley.log\"]}}")) {
            assertEquals(0, svc.run("logs", "--lines", "2"));
            assertEquals("two\nthree\n", svc.out());
            assertTrue(svc.err().contains("journalctl -u parley"));
            assertTrue(svc.requests.get(0).contains("\"command\":\"logs\""));
        }
    }

    @Test
    void adminResetNamesTheFileAndShowsThePasswordOnlyWhenAsked() throws Exception {
        Path file = Files.writeString(home.resolve("initial-admin-password"), "Correct-Horse-42\n");
        try (FakeService svc = service(line -> "{\"ok\":true,\"result\":{\"username\":\"admin\",\"passwordFile\":\""
                + file + "\"}}")) {
            assertEquals(0, svc.run("admin", "reset"));
            assertTrue(svc.out().contains("is in " + file), svc.out());
            assertFalse(svc.out().contains("Correct-Horse-42"));
            assertEquals(0, svc.run("admin", "reset", "--show"));
            assertTrue(svc.out().contains("Password: Correct-Horse-42"));
        }
    }
}

package org.parley.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.Caller;
import org.parley.api.web.WebReply;

class ConsoleRepliesTest {

    private static final Caller ADMIN = caller("admin", "*");
    private static final Caller AUDITOR = caller("auditor", "audit:read", "audit:export", "audit:verify",
            "system:read", "settings:read", "health:read");
    private static final Caller HOST = caller("host", "meetings:*", "account:self");

    @TempDir
    Path folder;
    private Function<String, URL> entries;

    @BeforeEach
    void bundle() throws Exception {
        Map<String, URL> files = new HashMap<>();
        files.put("web/console.html", file("console.html", "<head>" + ConsoleReplies.PAGES_MARKER + "</head>"));
        files.put("web/forbidden.html", file("forbidden.html", "<h1>" + ConsoleReplies.NO_CONSOLE + "</h1>"));
        files.put("web/assets/console-1a2b.js", file("console-1a2b.js", "x"));
        entries = files::get;
    }

    @Test
    void nobodySignedInIsSentToSignInAndBackToTheSamePage() throws Exception {
        WebReply reply = answer("GET", "/admin/audit", null);
        assertEquals(303, reply.status());
        assertEquals("/sign-in?next=/admin/audit", reply.headers().get("Location"));
        assertEquals("no-store", reply.headers().get("Cache-Control"));
        assertEquals("/sign-in?next=/admin", answer("GET", "/admin", null).headers().get("Location"));
    }

    @Test
    void anAdminGetsEveryPageInTheShellNeverStored() throws Exception {
        for (String path : new String[] {"/admin", "/admin/", "/admin/users", "/admin/settings", "/admin/policies",
            "/admin/audit", "/admin/meetings", "/admin/directory", "/admin/system", "/admin/bundles"}) {
            WebReply reply = answer("GET", path, ADMIN);
            assertEquals(200, reply.status(), path);
            assertEquals("no-store", reply.headers().get("Cache-Control"));
            assertTrue(text(reply).contains("content=\"dashboard meetings users directory policies system bundles "
                    + "settings audit\""), text(reply));
        }
    }

    @Test
    void anAuditorOpensTheDashboardAndTheTrailOnly() throws Exception {
        WebReply dashboard = answer("GET", "/admin", AUDITOR);
        assertEquals(200, dashboard.status());
        assertTrue(text(dashboard).contains("content=\"dashboard audit\""), text(dashboard));
        assertEquals(200, answer("GET", "/admin/audit", AUDITOR).status());
        for (String path : new String[] {"/admin/users", "/admin/settings", "/admin/policies", "/admin/meetings",
            "/admin/directory", "/admin/system", "/admin/bundles"}) {
            WebReply denied = answer("GET", path, AUDITOR);
            assertEquals(403, denied.status(), path);
            assertEquals("no-store", denied.headers().get("Cache-Control"));
            assertTrue(text(denied).contains(ConsoleReplies.NOT_THIS_PAGE), text(denied));
        }
    }

    @Test
    void aHostReachesNoPageAndIsToldTheConsoleIsClosedToThem() throws Exception {
        for (String path : new String[] {"/admin", "/admin/users", "/admin/audit", "/admin/meetings",
            "/admin/bundles"}) {
            WebReply denied = answer("GET", path, HOST);
            assertEquals(403, denied.status(), path);
            assertTrue(text(denied).contains(ConsoleReplies.NO_CONSOLE), text(denied));
        }
    }

    @Test
    void assetsAreCachedForeverAndNothingElseOfTheJarIsReachable() throws Exception {
        WebReply asset = answer("GET", "/admin/assets/console-1a2b.js", null);
        assertEquals(200, asset.status());
        assertEquals("public, max-age=31536000, immutable", asset.headers().get("Cache-Control"));
        assertEquals(404, answer("GET", "/admin/assets/missing.js", ADMIN).status());
        assertEquals(404, answer("GET", "/admin/assets/..%2Fconsole.html", ADMIN).status());
        assertEquals(404, answer("GET", "/admin/console.html", ADMIN).status());
        assertEquals(404, answer("GET", "/admin/nope", ADMIN).status());
    }

    @Test
    void onlyGetAndHead() throws Exception {
        assertEquals(405, answer("POST", "/admin/users", ADMIN).status());
        WebReply head = answer("HEAD", "/admin", ADMIN);
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
    }

    private WebReply answer(String method, String path, Caller caller) throws Exception {
        return ConsoleReplies.answer(method, path, Optional.ofNullable(caller), entries);
    }

    private URL file(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content).toUri().toURL();
    }

    private static String text(WebReply reply) {
        return new String(reply.body(), StandardCharsets.UTF_8);
    }

    private static Caller caller(String role, String... permissions) {
        return new Caller("id-" + role, "local", role, Set.of(role), Set.of(permissions), "session");
    }
}

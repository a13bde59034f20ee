package org.parley.webclient.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppServletTest {

    @TempDir
    Path folder;

    private AppServlet servlet;

    @BeforeEach
    void bundle() throws Exception {
        Function<String, URL> entries = FakeHttp.bundle(folder, Map.of("web/meeting.html", "<html>meeting</html>",
                "web/home.html", "<html>home</html>", "web/assets/meeting-a1B2.js", "run()",
                "web/assets/meeting-a1B2.css", "p{}"));
        servlet = new AppServlet(entries);
    }

    private FakeHttp.Recorded get(String method, String servletPath, String pathInfo) throws Exception {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        servlet.service(FakeHttp.request(method, servletPath, pathInfo, null), recorded.response());
        return recorded;
    }

    @Test
    void everyWellFormedMeetingIdGetsTheSamePage() throws Exception {
        for (String id : List.of("Ab3_-x", "a", "x".repeat(64), "0123456789abcdefABCDEF")) {
            FakeHttp.Recorded page = get("GET", "/m", "/" + id);
            assertEquals(200, page.status, id);
            assertEquals("<html>meeting</html>", page.text());
            assertEquals("text/html; charset=utf-8", page.headers.get("Content-Type"));
            assertEquals("no-cache", page.headers.get("Cache-Control"));
        }
    }

    @Test
    void otherShapesUnderMAre404WithoutABody() throws Exception {
        for (String pathInfo : new String[] {null, "/", "/" + "x".repeat(65), "/a.b", "/a/b", "/a%2Fb", "/../home.html",
                "/a b", "/é"}) {
            FakeHttp.Recorded answer = get("GET", "/m", pathInfo);
            assertEquals(404, answer.status, String.valueOf(pathInfo));
            assertEquals("", answer.text());
        }
    }

    @Test
    void hashedAssetsAreTypedAndCachedForever() throws Exception {
        FakeHttp.Recorded script = get("GET", "/app/assets", "/meeting-a1B2.js");
        assertEquals(200, script.status);
        assertEquals("text/javascript; charset=utf-8", script.headers.get("Content-Type"));
        assertTrue(script.headers.get("Cache-Control").contains("immutable"));
        assertEquals("text/css; charset=utf-8", get("GET", "/app/assets", "/meeting-a1B2.css").headers
                .get("Content-Type"));
        assertEquals(404, get("GET", "/app/assets", "/absent-1.js").status);
        assertEquals(404, get("GET", "/app/assets", "/../home.html").status);
        assertEquals(404, get("GET", "/app/assets", "/meeting.html").status);
    }

    @Test
    void headHasNoBodyAndWritesAre405() throws Exception {
        FakeHttp.Recorded head = get("HEAD", "/m", "/abc");
        assertEquals(200, head.status);
        assertEquals("20", head.headers.get("Content-Length"));
        assertEquals("", head.text());
        FakeHttp.Recorded post = get("POST", "/m", "/abc");
        assertEquals(405, post.status);
        assertEquals("GET, HEAD", post.headers.get("Allow"));
    }

    @Test
    void theBuiltPagesAreWhereTheServletsLook() throws Exception {
        Path web = Path.of("target/classes/web");
        assertTrue(Files.isRegularFile(web.resolve("meeting.html")));
        String home = Files.readString(web.resolve("home.html"));
        assertTrue(home.contains(HomeServlet.GRANTS_MARKER), "home.html keeps the grants marker");
        assertTrue(home.contains("/app/assets/"), "the page loads its script from /app/assets/");
    }
}

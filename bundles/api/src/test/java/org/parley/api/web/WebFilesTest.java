package org.parley.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebFilesTest {

    private final WebFiles files = new WebFiles("web/", "/x/assets/", Map.of("/start", "start.html"));

    @Test
    void namedPagesAreHtmlCheckedEveryTime() {
        WebFile page = files.forPath("/start").orElseThrow();
        assertEquals(new WebFile("web/start.html", WebFiles.HTML, WebFiles.CACHE_PAGE), page);
        assertEquals("web/other.html", files.page("other.html").path());
    }

    @Test
    void hashedAssetsAreTypedAndCachedForever() {
        WebFile script = files.forPath("/x/assets/start-DIqqtMs3.js").orElseThrow();
        assertEquals("web/assets/start-DIqqtMs3.js", script.path());
        assertEquals("text/javascript; charset=utf-8", script.contentType());
        assertTrue(script.cacheControl().contains("immutable"));
        assertEquals("text/css; charset=utf-8", files.forPath("/x/assets/a-1.css").orElseThrow().contentType());
        assertEquals("image/svg+xml", files.asset("/x/assets/icon.svg").orElseThrow().contentType());
    }

    @Test
    void nothingElseOfTheBundleIsReachable() {
        for (String path : List.of("/x/assets/../../OSGI-INF/x.xml", "/x/assets/..%2Fstart.html", "/x/assets/sub/a.js",
                "/x/assets/.hidden.js", "/x/assets/", "/x/assets/a.class", "/x/assets/noextension", "/x/assets/a..js",
                "/start/", "/start.html", "/", "", "/y/assets/a.js")) {
            assertTrue(files.forPath(path).isEmpty(), path);
        }
        assertTrue(files.forPath(null).isEmpty());
    }

    @Test
    void refusesPrefixesWithoutSlashes() {
        assertThrows(IllegalArgumentException.class, () -> new WebFiles("web", "/x/assets/", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new WebFiles("web/", "/x/assets", Map.of()));
    }
}

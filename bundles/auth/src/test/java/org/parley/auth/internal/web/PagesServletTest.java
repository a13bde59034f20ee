package org.parley.auth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.web.WebFile;
import org.parley.api.web.WebFiles;

class PagesServletTest {

    @Test
    void servesTheTwoPagesAndTheAuthAssets() {
        assertEquals(new WebFile("web/sign-in.html", WebFiles.HTML, WebFiles.CACHE_PAGE),
                PagesServlet.FILES.forPath("/sign-in").orElseThrow());
        assertEquals("web/account.html", PagesServlet.FILES.forPath("/account").orElseThrow().path());
        assertEquals("web/assets/sign-in-DIqqtMs3.js",
                PagesServlet.FILES.forPath("/auth/assets/sign-in-DIqqtMs3.js").orElseThrow().path());
        for (String path : List.of("/account/", "/sign-in.html", "/", "/app/assets/a.js")) {
            assertTrue(PagesServlet.FILES.forPath(path).isEmpty(), path);
        }
    }

    @Test
    void theBuiltPagesAreWhereTheServletLooks() {
        Path classes = Path.of("target/classes");
        assertTrue(Files.isRegularFile(classes.resolve("web/sign-in.html")));
        assertTrue(Files.isRegularFile(classes.resolve("web/account.html")));
    }
}

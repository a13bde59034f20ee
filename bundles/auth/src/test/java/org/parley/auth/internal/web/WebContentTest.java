package org.parley.auth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebContentTest {

    @Test
    void pagesAreHtmlCheckedEveryTime() {
        WebContent.Entry signIn = WebContent.forPath("/sign-in").orElseThrow();
        assertEquals("web/sign-in.html", signIn.path());
        assertEquals("text/html; charset=utf-8", signIn.contentType());
        assertEquals("no-cache", signIn.cacheControl());
        assertEquals("web/account.html", WebContent.forPath("/account").orElseThrow().path());
    }

    @Test
    void hashedAssetsAreCachedForever() {
        WebContent.Entry script = WebContent.forPath("/auth/assets/sign-in-DIqqtMs3.js").orElseThrow();
        assertEquals("web/assets/sign-in-DIqqtMs3.js", script.path());
        assertEquals("text/javascript; charset=utf-8", script.contentType());
        assertTrue(script.cacheControl().contains("immutable"));
        assertEquals("text/css; charset=utf-8",
                WebContent.forPath("/auth/assets/enrol-EJZgbtly.css").orElseThrow().contentType());
    }

    @Test
    void nothingElseOfTheBundleIsReachable() {
        for (String path : List.of("/auth/assets/../../OSGI-INF/x.xml", "/auth/assets/..%2Fsign-in.html",
                "/auth/assets/sub/a.js", "/auth/assets/.hidden.js", "/auth/assets/", "/auth/assets/a.class",
                "/auth/assets/noextension", "/auth/assets/a..js", "/account/", "/sign-in.html", "/", "")) {
            assertTrue(WebContent.forPath(path).isEmpty(), path);
        }
        assertTrue(WebContent.forPath(null).isEmpty());
    }
}

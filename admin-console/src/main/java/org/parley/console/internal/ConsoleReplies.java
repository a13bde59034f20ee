package org.parley.console.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.api.Caller;
import org.parley.api.web.WebFile;
import org.parley.api.web.WebFiles;
import org.parley.api.web.WebReply;

/**
 * What the console answers a request, decided server side: assets for anyone (they hold no data); for a page,
 * nobody signed in → 303 to sign in and back, a caller the page is not open to → the 403 page, else the shell
 * with the pages this caller may open filled in (the nav shows only those; the REST routes decide anyway). Pages
 * depend on who asks, so they are never stored; unknown paths are 404 without a body. Pure and thread-safe.
 */
final class ConsoleReplies {

    static final String SHELL = "console.html";
    static final String FORBIDDEN = "forbidden.html";
    /** The element of console.html that receives the pages the caller may open; Vite keeps it as written. */
    static final String PAGES_MARKER = "<meta name=\"parley-console-pages\" content=\"\">";
    /** The heading of forbidden.html, replaced when the console is open to the caller but not this page. */
    static final String NO_CONSOLE = "You don't have access to the admin console";
    static final String NOT_THIS_PAGE = "You don't have access to this page of the admin console";

    private static final WebFiles FILES = new WebFiles("web/", "/admin/assets/", Map.of());

    private ConsoleReplies() {
    }

    /**
     * @param caller the signed-in caller, empty for nobody (or an ended session)
     * @param entries the bundle's entries by path
     */
    static WebReply answer(String method, String requestPath, Optional<Caller> caller,
            Function<String, URL> entries) throws IOException {
        Optional<ConsolePage> page = ConsolePage.at(requestPath);
        if (page.isEmpty()) {
            return WebReply.send(method, FILES.asset(requestPath), entries);
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (!read) {
            return WebReply.send(method, Optional.empty(), entries);
        }
        if (caller.isEmpty()) {
            return WebReply.seeOther("/sign-in?next=" + page.get().path());
        }
        Caller who = caller.get();
        if (!page.get().openTo(who)) {
            String heading = ConsolePage.anyOpenTo(who) ? NOT_THIS_PAGE : NO_CONSOLE;
            WebReply denied = WebReply.send(method, Optional.of(uncached(FORBIDDEN)), entries,
                    html -> replace(html, NO_CONSOLE, heading));
            return denied.status() == 200 ? new WebReply(403, denied.headers(), denied.body()) : denied;
        }
        String open = Arrays.stream(ConsolePage.values()).filter(p -> p.openTo(who)).map(ConsolePage::id)
                .collect(Collectors.joining(" "));
        return WebReply.send(method, Optional.of(uncached(SHELL)), entries,
                html -> replace(html, PAGES_MARKER, "<meta name=\"parley-console-pages\" content=\"" + open + "\">"));
    }

    private static WebFile uncached(String name) {
        return new WebFile(FILES.page(name).path(), WebFiles.HTML, WebFiles.CACHE_NONE);
    }

    /** Fixed words only go in, so nothing needs escaping. */
    private static byte[] replace(byte[] html, String marker, String replacement) {
        return new String(html, StandardCharsets.UTF_8).replace(marker, replacement).getBytes(StandardCharsets.UTF_8);
    }
}

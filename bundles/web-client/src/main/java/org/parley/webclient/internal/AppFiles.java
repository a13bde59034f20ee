package org.parley.webclient.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.api.web.WebFile;
import org.parley.api.web.WebFiles;

/**
 * Which file of the jar's {@code web/} folder answers a path of the web client. {@code /m/{id}} is the meeting app
 * for any id shaped like a meeting's URL id, whether or not such a meeting exists (the page must not tell); other
 * shapes, and anything under {@code /m/} with more segments, find nothing.
 */
final class AppFiles {

    static final String HOME = "home.html";
    static final String MEETING = "meeting.html";
    static final String MEETING_PREFIX = "/m/";

    private static final WebFiles FILES = new WebFiles("web/", "/app/assets/", Map.of());
    private static final Pattern MEETING_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private AppFiles() {
    }

    static WebFile home() {
        return FILES.page(HOME);
    }

    /** The meeting page or an asset for a request path (servlet path plus path info). */
    static Optional<WebFile> forPath(String requestPath) {
        if (requestPath != null && requestPath.startsWith(MEETING_PREFIX)) {
            String id = requestPath.substring(MEETING_PREFIX.length());
            return MEETING_ID.matcher(id).matches() ? Optional.of(FILES.page(MEETING)) : Optional.empty();
        }
        return FILES.asset(requestPath);
    }
}

package org.parley.webclient.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.Caller;
import org.parley.api.rest.Authenticator;
import org.parley.api.rest.ProblemException;

class HomeServletTest {

    private static final String PAGE = "<head><meta name=\"parley-grants\" content=\"\"></head>";

    @TempDir
    Path folder;

    /** Knows one session cookie, "good", for a caller with the given permissions; "ended" has ended. */
    private static Authenticator sessions(Set<String> permissions) {
        return credentials -> {
            String cookie = credentials.cookies().get("parley_session");
            if ("ended".equals(cookie)) {
                throw new ProblemException(401, "Session ended", "Your session has ended; sign in again.");
            }
            assertEquals(null, credentials.csrfToken());
            return "good".equals(cookie) ? Optional.of(new Caller("1", "local", "hanna", Set.of("host"), permissions,
                    "session")) : Optional.empty();
        };
    }

    private FakeHttp.Recorded visit(Authenticator authenticator, String method, String cookie) throws Exception {
        HomeServlet servlet = new HomeServlet(FakeHttp.bundle(folder, Map.of("web/home.html", PAGE)), authenticator);
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        servlet.service(FakeHttp.request(method, "", null, cookie), recorded.response());
        return recorded;
    }

    @Test
    void signedOutVisitorsAreSentToSignInAndBack() throws Exception {
        Authenticator authenticator = sessions(Set.of("meetings:*"));
        for (String cookie : new String[] {null, "unknown", "ended"}) {
            FakeHttp.Recorded answer = visit(authenticator, "GET", cookie);
            assertEquals(303, answer.status, cookie);
            assertEquals("/sign-in?next=/", answer.headers.get("Location"));
            assertEquals("no-store", answer.headers.get("Cache-Control"));
            assertEquals("", answer.text());
        }
        assertEquals(303, visit(null, "GET", "good").status, "without an authenticator nobody is signed in");
    }

    @Test
    void aHostGetsThePageWithItsMeetingsPermissionsNeverCached() throws Exception {
        FakeHttp.Recorded page = visit(sessions(Set.of("meetings:*", "account:self")), "GET", "good");
        assertEquals(200, page.status);
        assertEquals("text/html; charset=utf-8", page.headers.get("Content-Type"));
        assertEquals("no-store", page.headers.get("Cache-Control"));
        assertTrue(page.text().contains("content=\"meetings:read meetings:write\""), page.text());
        assertEquals(Integer.toString(page.body.size()), page.headers.get("Content-Length"));
    }

    @Test
    void aMemberGetsThePageWithoutMeetingsPermissions() throws Exception {
        FakeHttp.Recorded page = visit(sessions(Set.of("meetings:join", "account:self")), "GET", "good");
        assertEquals(200, page.status);
        assertTrue(page.text().contains("<meta name=\"parley-grants\" content=\"\">"), page.text());
    }

    @Test
    void onlyGetAndHeadAreServed() throws Exception {
        FakeHttp.Recorded head = visit(sessions(Set.of("*")), "HEAD", "good");
        assertEquals(200, head.status);
        assertEquals("", head.text());
        FakeHttp.Recorded post = visit(sessions(Set.of("*")), "POST", "good");
        assertEquals(405, post.status);
        assertEquals("GET, HEAD", post.headers.get("Allow"));
    }
}

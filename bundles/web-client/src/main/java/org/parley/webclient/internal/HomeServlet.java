package org.parley.webclient.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.rest.Authenticator;
import org.parley.api.rest.Credentials;
import org.parley.api.rest.ProblemException;
import org.parley.api.web.WebFile;
import org.parley.api.web.WebFiles;
import org.parley.api.web.WebReply;

/**
 * The signed-in user's home at {@code /} (exactly: the empty pattern, at the default ranking, so it replaces the auth
 * bundle's fallback redirect ranked -500). Who is calling is decided here, by the {@link Authenticator} with the
 * session cookie: nobody (no cookie, an ended session, no authenticator running) gets a 303 to
 * {@code /sign-in?next=/}; a signed-in caller gets the page, never cached, with the meetings permissions it holds
 * filled into a {@code meta} element so the page offers only what the REST routes would allow (they decide anyway).
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-web-client-home",
    // The empty pattern: exactly "/", and the component XML says value="" (the annotation would leave it out).
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "="})
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String SIGN_IN = "/sign-in?next=/";
    /** The element of home.html that receives the permissions; Vite keeps it as written. */
    static final String GRANTS_MARKER = "<meta name=\"parley-grants\" content=\"\">";
    static final List<String> SHOWN_PERMISSIONS = List.of("meetings:read", "meetings:write");

    private static final WebFile PAGE = new WebFile(AppFiles.home().path(), WebFiles.HTML, WebFiles.CACHE_NONE);

    private final transient Function<String, URL> entries;

    /** Optional: without the auth bundle nobody is signed in, and the page answers with the redirect. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    @Activate
    public HomeServlet(BundleContext context) {
        this(context.getBundle()::getEntry, null);
    }

    HomeServlet(Function<String, URL> entries, Authenticator authenticator) {
        this.entries = entries;
        this.authenticator = authenticator;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        Optional<Caller> caller = read ? callerOf(authenticator, request) : Optional.empty();
        WebReply reply = read && caller.isEmpty() ? WebReply.seeOther(SIGN_IN)
                : WebReply.send(method, Optional.of(PAGE), entries, page -> withGrants(page, caller.orElse(null)));
        reply.writeTo(response::setStatus, response::setHeader, response::getOutputStream);
    }

    /** The caller by its session cookie; empty when there is none, it ended, or nobody can tell. */
    static Optional<Caller> callerOf(Authenticator authenticator, HttpServletRequest request) {
        Object client = request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        if (authenticator == null || !(client instanceof ClientAddress address)) {
            return Optional.empty();
        }
        Map<String, String> cookies = new HashMap<>();
        Cookie[] sent = request.getCookies();
        if (sent != null) {
            for (Cookie cookie : sent) {
                cookies.putIfAbsent(cookie.getName(), cookie.getValue());
            }
        }
        try {
            // A page is for browsers: only the session cookie counts, and a GET needs no CSRF token.
            return authenticator.authenticate(new Credentials(request.getMethod(), request.getRequestURI(), cookies,
                    null, null, false, address));
        } catch (ProblemException ended) {
            return Optional.empty();
        }
    }

    /** The page with the shown permissions the caller holds, space-separated (fixed words: nothing to escape). */
    static byte[] withGrants(byte[] page, Caller caller) {
        String grants = caller == null ? ""
                : SHOWN_PERMISSIONS.stream().filter(caller::permits).collect(Collectors.joining(" "));
        String html = new String(page, StandardCharsets.UTF_8);
        return html.replace(GRANTS_MARKER, "<meta name=\"parley-grants\" content=\"" + grants + "\">")
                .getBytes(StandardCharsets.UTF_8);
    }
}

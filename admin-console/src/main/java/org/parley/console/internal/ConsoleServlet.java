package org.parley.console.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
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

/**
 * Serves {@code /admin} and {@code /admin/*} (see {@link ConsoleReplies} for what each caller gets). Who is calling
 * is established here with the {@link Authenticator} and the session cookie, as the other pages do; opening a page
 * counts as activity for the idle timeout (the pages' background polls do not). The front door has added the CSP
 * and security headers. Plain whiteboard properties, so the bundle resolves without an HTTP whiteboard.
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-admin-console",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/admin",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/admin/*"})
public class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SESSION_COOKIE = "parley_session";

    private final transient Function<String, URL> entries;

    /** Optional: without the auth bundle nobody is signed in, and every page answers with the redirect. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    @Activate
    public ConsoleServlet(BundleContext context) {
        this.entries = context.getBundle()::getEntry;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        ConsoleReplies.answer(request.getMethod(), path, caller(request), entries)
                .writeTo(response::setStatus, response::setHeader, response::getOutputStream);
    }

    /** The caller of the session cookie; empty without one, after it ended, or with no authenticator running. */
    private Optional<Caller> caller(HttpServletRequest request) {
        Authenticator current = authenticator;
        Object client = request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        Cookie[] cookies = request.getCookies();
        if (current == null || !(client instanceof ClientAddress address) || cookies == null) {
            return Optional.empty();
        }
        // Only the session cookie counts for a page: a bearer token is for scripts, and a GET needs no CSRF token.
        Map<String, String> session = Arrays.stream(cookies).filter(c -> SESSION_COOKIE.equals(c.getName()))
                .limit(1).collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
        try {
            return current.authenticate(new Credentials(request.getMethod(), request.getRequestURI(), session, null,
                    null, false, address));
        } catch (ProblemException ended) {
            return Optional.empty();
        }
    }
}

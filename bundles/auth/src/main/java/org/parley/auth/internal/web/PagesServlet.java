package org.parley.auth.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.parley.api.web.WebFiles;
import org.parley.api.web.WebReply;

/**
 * Serves the sign-in and account pages and their assets from this bundle's {@code web/} folder (where Vite writes
 * them, see vite.config.js). The front door's filter has already added the CSP and security headers (and redirected
 * plain HTTP); the pages need no inline script or style, so they work under that policy. Anything this servlet does
 * not know answers 404 without a body. Registered with plain whiteboard properties rather than the property-type
 * annotations, which would make the bundle require an HTTP whiteboard implementation to resolve at all (account logic
 * works without one).
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-auth-pages",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/sign-in",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/account",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/auth/assets/*"})
public class PagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The two pages and the flat, hash-named assets; nothing else of the bundle is reachable. */
    static final WebFiles FILES = new WebFiles("web/", "/auth/assets/",
            Map.of("/sign-in", "sign-in.html", "/account", "account.html"));

    private final transient Bundle bundle;

    @Activate
    public PagesServlet(BundleContext context) {
        this.bundle = context.getBundle();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        WebReply.send(request.getMethod(), FILES.forPath(path), bundle::getEntry)
                .writeTo(response::setStatus, response::setHeader, response::getOutputStream);
    }
}

package org.parley.auth.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

/**
 * Serves the sign-in and account pages and their assets from this bundle's {@code web/} folder. The front door's
 * filter has already added the CSP and security headers (and redirected plain HTTP); the pages need no inline script
 * or style, so they work under that policy. Anything this servlet does not know answers 404 without a body.
 * Registered with plain whiteboard properties rather than the property-type annotations, which would make the bundle
 * require an HTTP whiteboard implementation to resolve at all (account logic works without one).
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-auth-pages",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/sign-in",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/account",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/auth/assets/*"})
public class PagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Bundle bundle;

    @Activate
    public PagesServlet(BundleContext context) {
        this.bundle = context.getBundle();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<WebContent.Entry> entry = WebContent.forPath(path);
        URL url = entry.map(e -> bundle.getEntry(e.path())).orElse(null);
        if (url == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body;
        try (InputStream in = url.openStream()) {
            body = in.readAllBytes();
        }
        response.setContentType(entry.get().contentType());
        response.setHeader("Cache-Control", entry.get().cacheControl());
        response.setContentLength(body.length);
        if ("GET".equals(method)) {
            response.getOutputStream().write(body);
        }
    }
}

package org.parley.webclient.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.parley.api.web.WebReply;

/**
 * Serves the meeting app at {@code /m/{id}} (the same page for every well-formed id; the join REST decides) and the
 * hashed assets of both pages under {@code /app/assets/}. The front door has added the CSP and security headers;
 * the pages need no inline script or style. Unknown paths are 404 without a body. Plain whiteboard properties, so
 * the bundle resolves without an HTTP whiteboard (as the auth pages do).
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-web-client",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/m/*",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/app/assets/*"})
public class AppServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Function<String, URL> entries;

    @Activate
    public AppServlet(BundleContext context) {
        this(context.getBundle()::getEntry);
    }

    AppServlet(Function<String, URL> entries) {
        this.entries = entries;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        WebReply.send(request.getMethod(), AppFiles.forPath(path), entries)
                .writeTo(response::setStatus, response::setHeader, response::getOutputStream);
    }
}

package org.parley.http.internal.filter;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parley.http.internal.rest.Problem;

/**
 * Answers every path no other servlet serves with a 404 problem (never Jetty's HTML error page). Ranked low so
 * any bundle that serves {@code /} takes precedence.
 */
@Component(service = Servlet.class, property = "service.ranking:Integer=-1000")
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("parley-not-found")
public class NotFoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem.of(404, "Not found", "Nothing is served at " + request.getRequestURI()
                + "; the REST API is under /api/v1 (its description: /api/v1/openapi.json)")
                .at(request.getRequestURI()).writeTo(response);
    }
}

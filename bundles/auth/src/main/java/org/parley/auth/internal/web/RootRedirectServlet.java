package org.parley.auth.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

/**
 * Sends a visitor of {@code /} (exactly: the empty pattern, so other unknown paths still get the front door's 404) to
 * {@code /account}, which sends them on to sign in when needed. Ranked below the default, so the bundle that later
 * owns the start page (meetings) takes {@code /} over by registering the empty pattern too (an exact match beats the
 * default servlet pattern {@code /}, so that one would not do).
 */
@Component(service = Servlet.class, property = {"service.ranking:Integer=-500",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-auth-root",
    // The empty pattern: exactly "/", and the component XML says value="" (the annotation would leave it out).
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "="})
public class RootRedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/account");
        response.setHeader("Cache-Control", "no-store");
    }
}

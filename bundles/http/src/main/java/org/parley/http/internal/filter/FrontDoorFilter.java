package org.parley.http.internal.filter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.parley.api.ClientAddress;
import org.parley.http.internal.rest.Problem;
import org.parley.http.internal.server.FrontDoorConfig;
import org.parley.http.internal.server.ProxyList;

/**
 * Every request passes here first: it gets its {@link ClientAddress}, plain HTTP is redirected to HTTPS (308, so
 * the method and body survive), every response gets the security headers, and bodies over the limit get 413.
 */
@Component(service = Filter.class, configurationPid = FrontDoorConfig.PID)
@HttpWhiteboardFilterPattern("/*")
public class FrontDoorFilter implements Filter {

    /** A signed bundle upload (admin only, off by default) may be larger than any JSON body. */
    static final long BUNDLE_UPLOAD_MAX = 64L * 1024 * 1024;
    private static final String BUNDLE_UPLOAD_PATH = "/api/v1/system/bundles";

    private volatile Settings settings;

    private record Settings(ClientAddressResolver resolver, int httpsPort, long hstsMaxAgeSeconds, long maxBody) {
    }

    @Activate
    @Modified
    void configure(FrontDoorConfig config) {
        settings = new Settings(
                new ClientAddressResolver(ProxyList.parse(Arrays.asList(config.trustedProxies()))),
                config.httpsPort(), config.hstsMaxAgeSeconds(), config.maxBodyKib() * 1024L);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Settings current = settings;
        ClientAddress client = current.resolver().resolve(request.getRemoteAddr(), request.isSecure(),
                request.getHeader("X-Forwarded-For"), request.getHeader("X-Forwarded-Proto"));
        request.setAttribute(ClientAddress.REQUEST_ATTRIBUTE, client);
        SecurityHeaders.apply(response, client.secure(), current.hstsMaxAgeSeconds());
        if (!client.secure()) {
            response.setStatus(308);
            response.setHeader("Location", httpsLocation(request, current.httpsPort()));
            return;
        }
        long maxBody = "POST".equals(request.getMethod()) && BUNDLE_UPLOAD_PATH.equals(request.getRequestURI())
                ? Math.max(BUNDLE_UPLOAD_MAX, current.maxBody()) : current.maxBody();
        if (request.getContentLengthLong() > maxBody) {
            // The body stays unread, so this connection cannot carry another request: tell the client.
            response.setHeader("Connection", "close");
            Problem.of(413, "Request too large", new BodyTooLargeException(maxBody).getMessage())
                    .at(request.getRequestURI()).writeTo(response);
            return;
        }
        LimitedBodyRequest limited = new LimitedBodyRequest(request, maxBody);
        try {
            chain.doFilter(limited, response);
        } finally {
            if (request.getContentLengthLong() != 0) {
                limited.drainUnread();
            }
        }
    }

    private static String httpsLocation(HttpServletRequest request, int httpsPort) {
        String host = request.getServerName();
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        String port = httpsPort == 443 ? "" : ":" + httpsPort;
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return "https://" + hostPart + port + request.getRequestURI() + query;
    }
}

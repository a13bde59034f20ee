package org.parley.auth.internal.saml;

import com.onelogin.saml2.http.HttpRequest;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.parley.api.ClientAddress;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.core.SignIn;
import org.parley.auth.internal.rest.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SAML endpoints the browser and IdPs reach: {@code GET /saml/metadata}, {@code GET /saml/login},
 * {@code POST /saml/acs}, {@code GET|POST /saml/slo}. A refused message ends at {@code /sign-in?error=<code>} and is
 * audited ({@code auth.sign-in} or {@code auth.sign-out} FAILURE with the reason); the browser never sees the reason.
 * Plain whiteboard properties, like the pages servlet, so the bundle resolves without an HTTP whiteboard.
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-auth-saml",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/saml/metadata",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/saml/login",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/saml/acs",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/saml/slo"})
public class SamlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SamlServlet.class);

    private final transient SamlService saml;

    @Activate
    public SamlServlet(@Reference SamlService saml) {
        this.saml = saml;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getServletPath();
        String method = request.getMethod();
        try {
            switch (path) {
                case "/saml/metadata" -> only(method, "GET", response, () -> metadata(response));
                case "/saml/login" -> only(method, "GET", response, () -> login(request, response));
                case "/saml/acs" -> only(method, "POST", response, () -> acs(request, response));
                case "/saml/slo" -> slo(request, response);
                default -> response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (ProblemException e) {
            response.sendError(e.status(), e.getMessage());
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void only(String method, String allowed, HttpServletResponse response, Action action)
            throws IOException {
        if (!allowed.equals(method)) {
            response.setHeader("Allow", allowed);
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        action.run();
    }

    private void metadata(HttpServletResponse response) throws IOException {
        byte[] xml = saml.metadataXml().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/samlmetadata+xml");
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        saml.services();
        seeOther(response, saml.logins().start(request.getParameter("idp"), request.getParameter("next")));
    }

    private void acs(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuthServices services = saml.services();
        ClientAddress client = Requests.client(request);
        AssertionConsumer.Accepted accepted;
        try {
            accepted = saml.consumer().consume(request.getParameter("SAMLResponse"),
                    request.getParameter("RelayState"));
        } catch (SamlRefusal e) {
            refused(services, client, "auth.sign-in", e, response);
            return;
        }
        SignIn.NewSession session;
        try {
            session = services.external.signIn(accepted.identity(), client);
        } catch (ProblemException e) {
            seeOther(response, "/sign-in?error=refused");
            return;
        }
        Requests.endReplacedSession(services, request);
        saml.links().save(new SamlSessions.Link(session.session().id(), accepted.idp().id(), accepted.nameId(),
                accepted.nameIdFormat(), accepted.sessionIndex()));
        response.addHeader("Set-Cookie", Requests.sessionCookieHeader(session.cookie()));
        seeOther(response, accepted.next());
    }

    private void slo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, POST");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        AuthServices services = saml.services();
        ClientAddress client = Requests.client(request);
        Map<String, List<String>> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        HttpRequest message = new HttpRequest(saml.options().sloUrl(), parameters, request.getQueryString());
        try {
            seeOther(response, saml.logout().receive(message, services, client));
        } catch (SamlRefusal e) {
            refused(services, client, "auth.sign-out", e, response);
        }
    }

    private static void refused(AuthServices services, ClientAddress client, String action, SamlRefusal refusal,
            HttpServletResponse response) throws IOException {
        String target = refusal.idpId() == null ? "saml" : "saml-" + refusal.idpId();
        LOG.info("SAML message refused ({}): {}", refusal.code(), refusal.reason());
        services.audit.record("anonymous", client, action, target, Outcome.FAILURE,
                Map.of("reason", refusal.reason(), "code", refusal.code()));
        seeOther(response, "/sign-in?error=" + URLEncoder.encode(refusal.code(), StandardCharsets.UTF_8));
    }

    private static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}

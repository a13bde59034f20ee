package org.parley.auth.internal.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.Caller;
import org.parley.api.Permission;
import org.parley.api.Public;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Roles;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.core.SignIn;
import org.parley.auth.internal.core.SignOutRedirect;
import org.parley.auth.internal.session.SessionLimits;
import org.parley.auth.internal.session.SessionRecord;
import org.parley.auth.internal.session.SessionRules;

/**
 * {@code /api/v1/auth}: sign in (a new session cookie every time, so a planted session id is worthless), sign out
 * (answering {@code {"redirect"}} when the session's SSO provider signs out too), the current session, the sign-in
 * banner.
 */
@Component(service = RestResource.class)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public final class SignInResource implements RestResource {

    private final AuthCore core;

    /**
     * Single logout at the SAML IdP a session came from, when the SAML service provider runs. Taken here, not by
     * {@link AuthCore}: the SAML components need AuthCore, and a reference back from it would be a cycle.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SignOutRedirect signOutRedirect;

    @Activate
    public SignInResource(@Reference AuthCore core) {
        this.core = core;
    }

    @POST
    @Path("sign-in")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Bodies.SignInRequest body, @Context HttpServletRequest request) {
        if (body == null) {
            throw ProblemException.badRequest("Send {\"username\", \"password\"} (and \"code\" with MFA).");
        }
        AuthServices services = core.services();
        SignIn.NewSession session = services.signIn.signIn(body.username(), body.password(), body.code(),
                Requests.client(request));
        Requests.endReplacedSession(services, request);
        return Response.ok(view(session.account(), session.session()))
                .header(HttpHeaders.SET_COOKIE, Requests.sessionCookieHeader(session.cookie()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("sign-out")
    @Permission("account:self")
    public Response signOut(@Context HttpServletRequest request) {
        AuthServices services = core.services();
        Caller caller = Requests.caller(request);
        Optional<String> redirect = Optional.empty();
        Optional<SessionRecord> live = services.authentication.liveSession(Requests.sessionCookie(request));
        if (live.isPresent()) {
            SessionRecord session = live.get();
            SignOutRedirect singleLogout = signOutRedirect;
            redirect = singleLogout == null ? Optional.empty()
                    : services.accounts.byId(session.accountId()).flatMap(a -> singleLogout.after(session, a));
            services.sessions.delete(session.id());
            services.audit.success(caller.username(), Requests.client(request), "auth.sign-out", caller.username(),
                    Map.of("session", session.id()));
        }
        Response.ResponseBuilder answer = redirect.isPresent()
                ? Response.ok(new Bodies.SignOutRedirect(redirect.get()), MediaType.APPLICATION_JSON)
                : Response.noContent();
        return answer.header(HttpHeaders.SET_COOKIE, Requests.clearedCookieHeader()).build();
    }

    @GET
    @Path("session")
    @Public
    public Response session(@Context HttpServletRequest request) {
        AuthServices services = core.services();
        SessionRecord session = services.authentication.liveSession(Requests.sessionCookie(request))
                .orElseThrow(SignInResource::noSession);
        Account account = services.accounts.byId(session.accountId()).filter(a -> !a.disabled())
                .orElseThrow(SignInResource::noSession);
        return Response.ok(view(account, session)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("banner")
    @Public
    public Bodies.Banner banner() {
        return new Bodies.Banner(core.services().settings.sessions().get().banner());
    }

    private Bodies.SessionView view(Account account, SessionRecord session) {
        AuthServices services = core.services();
        SessionLimits limits = services.settings.sessions().get();
        long now = services.clock.millis();
        return new Bodies.SessionView(account.username(), Roles.ids(account.roles()), session.csrfToken(),
                account.passwordChangeRequired(), services.settings.mfa().get().enrolmentDue(account),
                SessionRules.idleSecondsLeft(session, now, limits),
                SessionRules.absoluteSecondsLeft(session, now, limits));
    }

    private static ProblemException noSession() {
        return new ProblemException(401, "Not signed in", "There is no session; sign in (POST /api/v1/auth/sign-in).");
    }
}

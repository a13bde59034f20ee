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
import org.parley.auth.internal.session.SessionRecord;

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
        endReplacedSession(services, request);
        return Response.ok(view(session.account(), session.session()))
                .header(HttpHeaders.SET_COOKIE, Requests.sessionCookieHeader(session.cookie()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A session the browser signed in again from ends: one browser, one session (and no fixation through it). */
    private static void endReplacedSession(AuthServices services, HttpServletRequest request) {
        services.authentication.liveSession(Requests.sessionCookie(request)).ifPresent(old -> {
            services.sessions.delete(old.id());
            String username = services.accounts.byId(old.accountId()).map(a -> a.username()).orElse(old.accountId());
            services.audit.success(username, Requests.client(request), "auth.sign-out", username,
                    Map.of("session", old.id(), "reason", "replaced at sign-in"));
        });
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
            redirect = services.accounts.byId(session.accountId()).flatMap(a -> core.signOutRedirect(session, a));
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
        return new Bodies.SessionView(account.username(), Roles.ids(account.roles()), session.csrfToken(),
                account.passwordChangeRequired(), services.settings.mfa().get().enrolmentDue(account));
    }

    private static ProblemException noSession() {
        return new ProblemException(401, "Not signed in", "There is no session; sign in (POST /api/v1/auth/sign-in).");
    }
}

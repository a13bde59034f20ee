package org.parley.auth.internal.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.Caller;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Roles;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.core.OwnAccess;
import org.parley.auth.internal.core.SelfService;
import org.parley.auth.internal.session.SessionRecord;
import org.parley.auth.internal.session.TokenRecord;

/**
 * {@code /api/v1/account}: the caller's own account. Reachable with {@code account:self} only, which a restricted
 * session (password change or MFA enrolment due) also holds, so this is where such a session finishes them.
 */
@Component(service = RestResource.class)
@Path("account")
@Produces(MediaType.APPLICATION_JSON)
@Permission("account:self")
public final class AccountResource implements RestResource {

    private final AuthCore core;

    @Activate
    public AccountResource(@Reference AuthCore core) {
        this.core = core;
    }

    @GET
    public Bodies.AccountView account(@Context HttpServletRequest request) {
        AuthServices services = core.services();
        Account account = services.self.account(Requests.caller(request));
        return new Bodies.AccountView(account.username(), account.displayName(), Roles.ids(account.roles()),
                account.mfaEnrolled(), account.passwordChangeRequired(),
                services.settings.mfa().get().enrolmentDue(account));
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(Map<String, String> body, @Context HttpServletRequest request) {
        if (body == null) {
            throw ProblemException.badRequest("Send {\"current\", \"new\"}.");
        }
        core.services().self.changePassword(sessionCaller(request), body.get("current"), body.get("new"),
                Requests.client(request));
        return Response.noContent().build();
    }

    @POST
    @Path("mfa/totp")
    public Bodies.TotpOfferView startTotp(@Context HttpServletRequest request) {
        SelfService.TotpOffer offer = core.services().self.startTotp(sessionCaller(request));
        return new Bodies.TotpOfferView(offer.secret(), offer.otpauthUri());
    }

    @POST
    @Path("mfa/totp/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Bodies.RecoveryCodesView confirmTotp(Bodies.CodeRequest body, @Context HttpServletRequest request) {
        List<String> codes = core.services().self.confirmTotp(sessionCaller(request),
                body == null ? null : body.code(), Requests.client(request));
        return new Bodies.RecoveryCodesView(codes);
    }

    @GET
    @Path("sessions")
    public List<Bodies.SessionInfo> sessions(@Context HttpServletRequest request) {
        AuthServices services = core.services();
        String current = services.authentication.liveSession(Requests.sessionCookie(request))
                .map(SessionRecord::id).orElse("");
        return services.access.sessions(Requests.caller(request)).stream()
                .map(s -> new Bodies.SessionInfo(s.id(), s.clientAddress(), Instant.ofEpochMilli(s.createdAt()),
                        Instant.ofEpochMilli(s.lastActiveAt()), s.id().equals(current)))
                .toList();
    }

    @DELETE
    @Path("sessions/{id}")
    public Response revokeSession(@PathParam("id") String id, @Context HttpServletRequest request) {
        core.services().access.revokeSession(Requests.caller(request), id, Requests.client(request));
        return Response.noContent().build();
    }

    @POST
    @Path("sign-out-everywhere")
    public Response signOutEverywhere(@Context HttpServletRequest request) {
        core.services().access.signOutEverywhere(Requests.caller(request), Requests.client(request));
        return Response.noContent().header(HttpHeaders.SET_COOKIE, Requests.clearedCookieHeader()).build();
    }

    @GET
    @Path("tokens")
    public List<Bodies.TokenInfo> tokens(@Context HttpServletRequest request) {
        return core.services().access.tokens(Requests.caller(request)).stream().map(AccountResource::info).toList();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(Bodies.TokenRequest body, @Context HttpServletRequest request) {
        if (body == null) {
            throw ProblemException.badRequest("Send {\"name\", \"expiresAt\", \"permissions\"}.");
        }
        OwnAccess.NewToken token = core.services().access.createToken(Requests.caller(request), body.name(),
                body.expiresAt(), body.permissions(), Requests.client(request));
        TokenRecord r = token.record();
        return Response.status(Response.Status.CREATED).entity(new Bodies.TokenCreated(r.id(), token.token(),
                r.name(), Instant.ofEpochMilli(r.expiresAt()), sorted(r))).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public Response revokeToken(@PathParam("id") String id, @Context HttpServletRequest request) {
        core.services().access.revokeToken(Requests.caller(request), id, Requests.client(request));
        return Response.noContent().build();
    }

    /** Password and MFA changes need a browser session, not an API token. */
    private static Caller sessionCaller(HttpServletRequest request) {
        Caller caller = Requests.caller(request);
        if (!"session".equals(caller.via())) {
            throw new ProblemException(403, "Forbidden", "Change your password and MFA from a signed-in session.");
        }
        return caller;
    }

    private static Bodies.TokenInfo info(TokenRecord r) {
        return new Bodies.TokenInfo(r.id(), r.name(), sorted(r), Instant.ofEpochMilli(r.createdAt()),
                Instant.ofEpochMilli(r.expiresAt()), r.lastUsedAt() == 0 ? null : Instant.ofEpochMilli(r.lastUsedAt()));
    }

    private static List<String> sorted(TokenRecord r) {
        return r.permissions().stream().sorted().toList();
    }
}

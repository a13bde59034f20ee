package org.parley.http.internal.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Permission;
import org.parley.api.Public;
import org.parley.api.rest.Authenticator;
import org.parley.api.rest.Credentials;
import org.parley.api.rest.ProblemException;

/**
 * Establishes the caller and enforces {@link Public} and {@link Permission} on every matched route. The auth
 * bundle's {@link Authenticator} says who is calling; then a {@code @Public} route is open, a route with neither
 * annotation is denied (403), and a {@code @Permission} route needs a caller (401) holding the permission (403).
 * While no authenticator is registered (before accounts exist, or with the auth bundle stopped) permission routes
 * answer only callers on this machine, by {@link ClientAddress}, and 401 to everyone else.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AccessFilter implements ContainerRequestFilter {

    static final String BACKGROUND_HEADER = "X-Parley-Background";

    private final Supplier<Authenticator> authenticator;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest request;

    AccessFilter(Supplier<Authenticator> authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        Access access = Access.of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        String path = "/api/v1/" + context.getUriInfo().getPath();
        ClientAddress client = (ClientAddress) request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        Authenticator current = authenticator.get();
        Caller caller;
        try {
            caller = current == null ? null : current.authenticate(credentials(context, client)).orElse(null);
        } catch (ProblemException e) {
            if (access.kind() != Access.Kind.PUBLIC) {
                abort(context, Problem.of(e.status(), e.title(), e.detail()).withField(e.field()).at(path));
                return;
            }
            caller = null;
        }
        if (caller != null) {
            request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller);
            context.setSecurityContext(new CallerSecurityContext(caller, client == null || client.secure()));
        }
        Optional<Problem> refusal = refusal(access, caller, current != null, client);
        refusal.ifPresent(problem -> abort(context, problem.at(path)));
    }

    static Optional<Problem> refusal(Access access, Caller caller, boolean accountsExist, ClientAddress client) {
        switch (access.kind()) {
            case PUBLIC:
                return Optional.empty();
            case UNDECLARED:
                return Optional.of(Problem.of(403, "Forbidden", "This route declares no permission, so it is closed "
                        + "to everyone. Its bundle must annotate it with @Permission or @Public."));
            default:
                break;
        }
        if (!accountsExist) {
            return client != null && client.isLoopback() ? Optional.empty()
                    : Optional.of(Problem.of(401, "Sign-in required", "This route needs a signed-in user; until "
                            + "accounts are set up it answers only on the appliance itself (https://localhost)."));
        }
        if (caller == null) {
            return Optional.of(Problem.of(401, "Sign-in required", "Sign in (POST /api/v1/auth/sign-in) or send an "
                    + "API token (Authorization: Bearer ...) to use this route."));
        }
        if (!caller.permits(access.permission())) {
            return Optional.of(Problem.of(403, "Forbidden", "This needs the permission " + access.permission()
                    + ", which " + caller.username() + " does not have."));
        }
        return Optional.empty();
    }

    private Credentials credentials(ContainerRequestContext context, ClientAddress client) {
        Map<String, String> cookies = new LinkedHashMap<>();
        Cookie[] sent = request.getCookies();
        if (sent != null) {
            for (Cookie cookie : sent) {
                cookies.putIfAbsent(cookie.getName(), cookie.getValue());
            }
        }
        return new Credentials(context.getMethod(), request.getRequestURI(), cookies,
                context.getHeaderString("Authorization"), context.getHeaderString("X-CSRF-Token"),
                "1".equals(context.getHeaderString(BACKGROUND_HEADER)), client);
    }

    private static void abort(ContainerRequestContext context, Problem problem) {
        context.abortWith(Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    /** What a route declares: method annotations win over class annotations. */
    record Access(Kind kind, String permission) {

        enum Kind { PUBLIC, PERMISSION, UNDECLARED }

        static Access of(Method method, Class<?> type) {
            if (method != null && method.isAnnotationPresent(Public.class)) {
                return new Access(Kind.PUBLIC, null);
            }
            if (method != null && method.isAnnotationPresent(Permission.class)) {
                return new Access(Kind.PERMISSION, method.getAnnotation(Permission.class).value());
            }
            if (type != null && type.isAnnotationPresent(Public.class)) {
                return new Access(Kind.PUBLIC, null);
            }
            if (type != null && type.isAnnotationPresent(Permission.class)) {
                return new Access(Kind.PERMISSION, type.getAnnotation(Permission.class).value());
            }
            return new Access(Kind.UNDECLARED, null);
        }
    }
}

package org.parley.http.internal.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import org.parley.api.ClientAddress;
import org.parley.api.Permission;
import org.parley.api.Public;

/**
 * Enforces {@link Public} and {@link Permission} on every matched route: a route with neither is denied (403),
 * a {@code @Public} one is open, and, until accounts exist, a {@code @Permission} one answers only callers on this
 * machine (by {@link ClientAddress}) and 401 to everyone else.
 */
@Priority(Priorities.AUTHORIZATION)
public final class AccessFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Access access = Access.of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        if (access == Access.PUBLIC) {
            return;
        }
        String path = "/api/v1/" + context.getUriInfo().getPath();
        if (access == Access.UNDECLARED) {
            abort(context, Problem.of(403, "Forbidden", "This route declares no permission, so it is closed to "
                    + "everyone. Its bundle must annotate it with @Permission or @Public.").at(path));
            return;
        }
        ClientAddress client = (ClientAddress) request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        if (client == null || !client.isLoopback()) {
            abort(context, Problem.of(401, "Sign-in required", "This route needs a signed-in user with the "
                    + "permission it names; until accounts are set up it answers only on the appliance itself "
                    + "(https://localhost).").at(path));
        }
    }

    private static void abort(ContainerRequestContext context, Problem problem) {
        context.abortWith(Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    /** What a route declares: method annotations win over class annotations. */
    enum Access {
        PUBLIC, PERMISSION, UNDECLARED;

        static Access of(Method method, Class<?> type) {
            if (method != null && method.isAnnotationPresent(Public.class)) {
                return PUBLIC;
            }
            if (method != null && method.isAnnotationPresent(Permission.class)) {
                return PERMISSION;
            }
            if (type != null && type.isAnnotationPresent(Public.class)) {
                return PUBLIC;
            }
            if (type != null && type.isAnnotationPresent(Permission.class)) {
                return PERMISSION;
            }
            return UNDECLARED;
        }
    }
}

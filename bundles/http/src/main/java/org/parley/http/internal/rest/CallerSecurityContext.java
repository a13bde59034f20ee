package org.parley.http.internal.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.parley.api.Caller;

/** JAX-RS's view of the signed-in caller: resources that audit read the user name from here. */
final class CallerSecurityContext implements SecurityContext {

    private final Caller caller;
    private final boolean secure;

    CallerSecurityContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::username;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "token".equals(caller.via()) ? "Bearer" : SecurityContext.FORM_AUTH;
    }
}

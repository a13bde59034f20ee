package org.parley.auth.internal.rest;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.core.Authentication;

/** What the resources read from a request: the caller and client address the front door set, the cookie. */
public final class Requests {

    private Requests() {
    }

    public static Caller caller(HttpServletRequest request) {
        Object caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (caller instanceof Caller c) {
            return c;
        }
        throw new ProblemException(401, "Sign-in required", "Sign in first.");
    }

    public static ClientAddress client(HttpServletRequest request) {
        Object client = request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        if (client instanceof ClientAddress c) {
            return c;
        }
        try {
            return new ClientAddress(InetAddress.getByName(request.getRemoteAddr()), request.isSecure());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("The servlet container gave no peer address literal", e);
        }
    }

    public static String sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (Authentication.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** {@code Set-Cookie} for a new session: Secure, HttpOnly, SameSite=Lax, whole site, ends with the browser. */
    public static String sessionCookieHeader(String value) {
        return Authentication.COOKIE + "=" + value + "; Path=/; Secure; HttpOnly; SameSite=Lax";
    }

    /** {@code Set-Cookie} that makes the browser forget the session cookie. */
    static String clearedCookieHeader() {
        return Authentication.COOKIE + "=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax";
    }

    /** A session the browser signed in again from ends: one browser, one session (and no fixation through it). */
    public static void endReplacedSession(AuthServices services, HttpServletRequest request) {
        services.authentication.liveSession(sessionCookie(request)).ifPresent(old -> {
            services.sessions.delete(old.id());
            String username = services.accounts.byId(old.accountId()).map(a -> a.username()).orElse(old.accountId());
            services.audit.success(username, client(request), "auth.sign-out", username,
                    Map.of("session", old.id(), "reason", "replaced at sign-in"));
        });
    }
}

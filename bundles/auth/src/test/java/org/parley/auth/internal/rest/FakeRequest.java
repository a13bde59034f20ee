package org.parley.auth.internal.rest;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;

/** A servlet request as the front door hands it to a resource: attributes set, maybe a session cookie. */
final class FakeRequest {

    private FakeRequest() {
    }

    static HttpServletRequest of(ClientAddress client, Caller caller, String sessionCookie) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ClientAddress.REQUEST_ATTRIBUTE, client);
        if (caller != null) {
            attributes.put(Caller.REQUEST_ATTRIBUTE, caller);
        }
        Cookie[] cookies = sessionCookie == null ? null : new Cookie[] {new Cookie("parley_session", sessionCookie)};
        return (HttpServletRequest) Proxy.newProxyInstance(FakeRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getCookies" -> cookies;
                    case "getRemoteAddr" -> client.host();
                    case "isSecure" -> true;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

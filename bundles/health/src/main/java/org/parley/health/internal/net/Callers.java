package org.parley.health.internal.net;

import jakarta.servlet.http.HttpServletRequest;
import org.parley.api.ClientAddress;

/** Finds the {@link ClientAddress} of a servlet request. */
public final class Callers {

    private Callers() {
    }

    /**
     * The caller as the front door resolved it (the request attribute its filter sets); when that is missing, the
     * TCP peer. Returns {@code null} when neither names an address, so the caller is treated as a stranger.
     */
    public static ClientAddress of(HttpServletRequest request) {
        Object resolved = request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        if (resolved instanceof ClientAddress address) {
            return address;
        }
        return IpLiteral.parse(request.getRemoteAddr())
                .map(address -> new ClientAddress(address, request.isSecure()))
                .orElse(null);
    }
}

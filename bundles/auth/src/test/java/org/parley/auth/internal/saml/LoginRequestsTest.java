package org.parley.auth.internal.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onelogin.saml2.util.Util;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.rest.ProblemException;

/** SP-initiated sign-in: a signed HTTP-Redirect AuthnRequest whose state stays on the server. */
class LoginRequestsTest extends SamlFixture {

    @Test
    void redirectsToTheIdpWithASignedRequestAndKeepsItsStateOnTheServer() throws Exception {
        LoginRequests logins = new LoginRequests(idps, pending, () -> SP, () -> options, clock);
        String url = logins.start("test", "/meetings/42");
        assertTrue(url.startsWith("https://idp.example.org/sso?SAMLRequest="), url);
        String rawQuery = URI.create(url).getRawQuery();
        Map<String, String> query = query(rawQuery);
        String signedPart = rawQuery.substring(0, rawQuery.indexOf("&Signature="));
        assertTrue(Util.validateBinarySignature(signedPart, Util.base64decoder(query.get("Signature")),
                SP.signing().certificate(), query.get("SigAlg")));
        String request = Util.base64decodedInflated(query.get("SAMLRequest"));
        assertTrue(request.contains("AssertionConsumerServiceURL=\"" + ACS + "\""), request);
        assertTrue(request.contains(">" + SP.entityId() + "<"), request);

        PendingRequests.Pending saved = pending.take(query.get("RelayState"), clock.millis()).orElseThrow();
        assertTrue(request.contains("ID=\"" + saved.requestId() + "\""));
        assertEquals("/meetings/42", saved.next());
        assertTrue(pending.take(query.get("RelayState"), clock.millis()).isEmpty(), "one use");
    }

    @Test
    void sendsOnlySameSitePathsOnAndRefusesUnknownIdps() {
        LoginRequests logins = new LoginRequests(idps, pending, () -> SP, () -> options, clock);
        for (String next : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "/a b"}) {
            String relayState = query(URI.create(logins.start("test", next)).getRawQuery()).get("RelayState");
            assertEquals("/account", pending.take(relayState, clock.millis()).orElseThrow().next(), next);
        }
        assertEquals(404, assertThrows(ProblemException.class, () -> logins.start("nope", "/")).status());
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int at = pair.indexOf('=');
            parameters.put(pair.substring(0, at), URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}

package org.parley.auth.internal.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.util.Util;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.api.ClientAddress;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.ExternalIdentity;
import org.parley.auth.internal.core.SignIn;
import org.parley.testing.saml.Credential;
import org.parley.testing.saml.LogoutRequestForge;

/** Single logout: the IdP's signed LogoutRequest ends the NameID's sessions; ours goes to the IdP on sign-out. */
class SingleLogoutTest extends SamlFixture {

    private static final String SLO = BASE + "/saml/slo";

    private SingleLogout logout;
    private SignIn.NewSession alice;

    @BeforeEach
    void signInAlice() throws Exception {
        logout = new SingleLogout(idps, links, () -> SP, () -> options);
        ClientAddress client = new ClientAddress(InetAddress.getByName("192.0.2.7"), true);
        alice = services.external.signIn(new ExternalIdentity("saml-test", "alice", "alice", "Alice", "",
                Set.of(Role.MEMBER)), client);
        links.save(new SamlSessions.Link(alice.session().id(), "test", "alice",
                "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified", "_s1"));
    }

    @Test
    void aSignedLogoutRequestFromTheIdpEndsTheSessionAndIsAnswered() {
        String answer = logout.receive(request(IDP, "_s1"), services, null);
        assertTrue(services.sessions.ofAccount(alice.account().id()).isEmpty());
        assertTrue(answer.startsWith("https://idp.example.org/slo?SAMLResponse="), answer);
        assertTrue(answer.contains("&Signature="), answer);
        assertTrue(audit.events.stream().anyMatch(e -> e.action().equals("auth.sign-out")));
    }

    @Test
    void anotherSessionIndexEndsNothing() {
        logout.receive(request(IDP, "_other"), services, null);
        assertEquals(1, services.sessions.ofAccount(alice.account().id()).size());
    }

    @Test
    void refusesUnsignedOrWronglySignedLogoutRequests() {
        assertEquals("slo-invalid", assertThrows(SamlRefusal.class,
                () -> logout.receive(request(null, "_s1"), services, null)).code());
        assertEquals("slo-invalid", assertThrows(SamlRefusal.class,
                () -> logout.receive(request(ATTACKER, "_s1"), services, null)).code());
        assertEquals(1, services.sessions.ofAccount(alice.account().id()).size());
    }

    @Test
    void signingOutOfParleySendsTheBrowserToTheIdpWithALogoutRequest() {
        String url = logout.after(alice.session(), alice.account()).orElseThrow();
        assertTrue(url.startsWith("https://idp.example.org/slo?SAMLRequest="), url);
        String request = Util.base64decodedInflated(URLDecoder.decode(
                url.substring(url.indexOf('=') + 1, url.indexOf('&')), StandardCharsets.UTF_8));
        assertTrue(request.contains(">alice</saml:NameID>") && request.contains(">_s1</samlp:SessionIndex>"),
                request);
        assertTrue(links.ofSession(alice.session().id()).isEmpty());
    }

    private HttpRequest request(Credential signer, String sessionIndex) {
        String query = LogoutRequestForge.query(IDP_ENTITY_ID, SLO, "alice", sessionIndex, signer, clock.now());
        Map<String, List<String>> parameters = new HashMap<>();
        for (String pair : URI.create("x:/?" + query).getRawQuery().split("&")) {
            int at = pair.indexOf('=');
            parameters.put(pair.substring(0, at),
                    List.of(URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8)));
        }
        return new HttpRequest(SLO, parameters, query);
    }
}

package org.parley.auth.internal.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent;
import org.parley.testing.saml.Credential;
import org.parley.testing.saml.IdpMetadataForge;

/** The IdP registry's administration: checks, metadata by URL (kept on a failed refresh), audit of every change. */
class IdpAdminTest extends SamlFixture {

    private static final Credential OTHER = Credential.generate("other-idp");

    private final AtomicReference<String> served = new AtomicReference<>();
    private HttpServer server;
    private IdpAdmin admin;

    @BeforeEach
    void serveMetadata() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/md", exchange -> {
            byte[] body = served.get() == null ? new byte[0] : served.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(served.get() == null ? 500 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        admin = new IdpAdmin(idps, new MetadataFetcher(), services);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void registersByUrlRefreshesAndKeepsTheLastGoodMetadataOnFailure() {
        served.set(IdpMetadataForge.xml("https://other/md", "https://other/sso", null, OTHER));
        IdentityProvider idp = admin.create(request("other", url(), null), "admin", null);
        assertEquals("https://other/md", idp.metadata().entityId());
        assertEquals("saml.idp.create", last().action());

        served.set(null);
        assertEquals(422, assertThrows(ProblemException.class, () -> admin.refresh("other", "admin", null)).status());
        assertEquals(AuditEvent.Outcome.FAILURE, last().outcome());
        assertEquals("https://other/md", idps.byId("other").orElseThrow().metadata().entityId());

        admin.delete("other", "admin", null);
        assertEquals("saml.idp.delete", last().action());
        assertTrue(idps.byId("other").isEmpty());
    }

    @Test
    void refusesBadRequestsNamingTheField() {
        String xml = IdpMetadataForge.xml("https://other/md", "https://other/sso", null, OTHER);
        assertField("id", () -> admin.create(request("Bad Id", null, xml), "admin", null));
        assertField("metadataUrl", () -> admin.create(request("plain", "http://idp.example.org/md", null), "admin",
                null));
        assertField("metadataXml", () -> admin.create(request("empty", null, null), "admin", null));
        assertField("roleMapping", () -> admin.create(new SamlBodies.IdpRequest("roles", "Roles", xml, null, true,
                false, "", "", "", "groups", Map.of("staff", "emperor")), "admin", null));
        ProblemException twice = assertThrows(ProblemException.class,
                () -> admin.create(request("again", null, SamlFixture.idp(false).metadataXml()), "admin", null));
        assertEquals(409, twice.status(), "same entityID as the registered IdP 'test'");
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/md";
    }

    private static SamlBodies.IdpRequest request(String id, String url, String xml) {
        return new SamlBodies.IdpRequest(id, "Other IdP", xml, url, true, false, "", "displayName", "mail", "groups",
                Map.of("staff", "member"));
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
        ProblemException problem = assertThrows(ProblemException.class, call);
        assertEquals(422, problem.status(), problem.getMessage());
        assertEquals(field, problem.field());
    }

    private AuditEvent last() {
        return audit.events.get(audit.events.size() - 1);
    }
}

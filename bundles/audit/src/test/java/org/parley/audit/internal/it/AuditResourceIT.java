package org.parley.audit.internal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.ClientAddress;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditQuery;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditVerification;
import org.parley.audit.internal.rest.AuditResource;
import org.parley.store.internal.StandaloneDatabase;

/** The REST resource over a real trail on Derby: filters, NDJSON export, verify, and their own audit records. */
class AuditResourceIT extends AuditFixture {

    @Override
    StandaloneDatabase openDatabase() {
        return StandaloneDatabase.openDerby(dir.resolve("db"));
    }

    @Override
    void dropDatabase() {
        // The temporary folder, Derby's files included, is deleted by JUnit.
    }

    private AuditResource resource() {
        return new AuditResource(trail, clock);
    }

    @Test
    void exportStreamsTheFilteredRecordsAsNdjsonAndIsAudited() throws Exception {
        write(12);
        Response response = resource().export(null, "bundle.", null, null, null, null, null,
                request(Map.of("action", new String[] {"bundle."})), user("carol"));

        assertTrue(response.getHeaderString("Content-Disposition")
                .matches("attachment; filename=\"parley-audit-\\d{8}T\\d{6}Z\\.ndjson\""));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(body);
        List<String> lines = body.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(6, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("bundle.update", first.get("action").asText());
        assertEquals(1, first.get("sequence").asLong());

        AuditRecord audited = last();
        assertEquals("audit.export", audited.action());
        assertEquals("carol", audited.actor());
        assertEquals("198.51.100.4", audited.clientAddress());
        assertEquals("bundle.", audited.details().get("filter.action"));
    }

    @Test
    void verifyAnswersTheVerificationAndRecordsThatItRan() throws Exception {
        write(3);
        AuditVerification result = resource().verify(request(Map.of()), null);

        assertTrue(result.intact(), result.problem());
        assertEquals(3, result.recordsChecked());
        AuditRecord audited = last();
        assertEquals("audit.verify", audited.action());
        assertEquals("local", audited.actor());
        assertEquals("true", audited.details().get("intact"));
    }

    @Test
    void listRefusesABadLimitNamingIt() throws Exception {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> resource().list(null, null, null, null, null, null, "20000", request(Map.of()), null));

        assertEquals(422, problem.status());
        assertEquals("limit", problem.field());
        assertEquals(List.of(), resource().list(null, null, null, null, null, null, "5", request(Map.of()), null));
    }

    @Test
    void viewingTheTrailIsAuditedWithTheFilterAndWhatItShowed() throws Exception {
        write(4);
        List<AuditRecord> shown = resource().list("user1", null, null, null, null, null, null,
                request(Map.of("actor", new String[] {"user1"})), user("dave"));

        AuditRecord audited = last();
        assertEquals("audit.view", audited.action());
        assertEquals("dave", audited.actor());
        assertEquals("user1", audited.details().get("filter.actor"));
        assertEquals(2, shown.size(), "records 1 and 4");
        assertEquals(Integer.toString(shown.size()), audited.details().get("records"));
        assertTrue(shown.stream().noneMatch(record -> record.action().equals("audit.view")),
                "a view does not show its own record");
    }

    private AuditRecord last() throws Exception {
        List<AuditRecord> all = trail.find(AuditQuery.all(10_000));
        return all.get(all.size() - 1);
    }

    private static HttpServletRequest request(Map<String, String[]> parameters) throws Exception {
        ClientAddress caller = new ClientAddress(InetAddress.getByName("198.51.100.4"), true);
        return (HttpServletRequest) Proxy.newProxyInstance(AuditResourceIT.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> ClientAddress.REQUEST_ATTRIBUTE.equals(args[0]) ? caller : null;
                    case "getParameterMap" -> parameters;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static SecurityContext user(String name) {
        Principal principal = () -> name;
        return (SecurityContext) Proxy.newProxyInstance(AuditResourceIT.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getUserPrincipal")) {
                        return principal;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

package org.parley.audit.internal.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditQuery;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditService;
import org.parley.audit.api.AuditVerification;

/**
 * {@code /api/v1/audit}: list and filter records, export them as NDJSON, verify the chain. Views, exports and
 * verifications are themselves audited ({@code audit.view}, {@code audit.export}, {@code audit.verify}), and answer
 * only once that record is durable. Stateless.
 */
@Component(service = RestResource.class)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource implements RestResource {

    static final String NDJSON = "application/x-ndjson";
    private static final int EXPORT_PAGE = 1_000;
    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final Clock clock;

    @Activate
    public AuditResource(@Reference AuditService audit, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Permission("audit:read")
    public List<AuditRecord> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("after") String after, @QueryParam("limit") String limit,
            @Context HttpServletRequest request, @Context SecurityContext security) {
        AuditQuery query = AuditQueryParameters.parse(actor, action, target, from, to, after, limit,
                AuditQueryParameters.DEFAULT_LIMIT);
        List<AuditRecord> found;
        try {
            found = audit.find(query);
        } catch (AuditException e) {
            throw unavailable(e);
        }
        // Reading the trail is itself on the trail (after the query, so a page never shows its own view).
        Map<String, String> details = filters(request);
        details.put("records", Integer.toString(found.size()));
        recordOrFail(caller(request, security, "audit.view", AuditEvent.Outcome.SUCCESS, details));
        return found;
    }

    @GET
    @Path("export")
    @Produces(NDJSON)
    @Permission("audit:export")
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("after") String after, @QueryParam("limit") String limit,
            @Context HttpServletRequest request, @Context SecurityContext security) {
        AuditQuery query = AuditQueryParameters.parse(actor, action, target, from, to, after, limit, EXPORT_PAGE);
        long maximum = limit == null || limit.isBlank() ? Long.MAX_VALUE : query.limit();
        recordOrFail(caller(request, security, "audit.export", AuditEvent.Outcome.SUCCESS, filters(request)));
        StreamingOutput body = new NdjsonExport(audit, query.after(query.afterSequence() == null ? 0
                : query.afterSequence()), maximum, Math.min(EXPORT_PAGE, query.limit()));
        String file = "parley-audit-" + FILE_STAMP.format(clock.now()) + ".ndjson";
        return Response.ok(body, NDJSON + ";charset=" + StandardCharsets.UTF_8.name().toLowerCase())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @POST
    @Path("verify")
    @Permission("audit:verify")
    public AuditVerification verify(@Context HttpServletRequest request, @Context SecurityContext security) {
        AuditVerification result;
        try {
            result = audit.verify();
        } catch (AuditException e) {
            recordOrFail(caller(request, security, "audit.verify", AuditEvent.Outcome.FAILURE,
                    Map.of("error", String.valueOf(e.getMessage()))));
            throw unavailable(e);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("intact", Boolean.toString(result.intact()));
        details.put("recordsChecked", Long.toString(result.recordsChecked()));
        details.put("checkpointsChecked", Long.toString(result.checkpointsChecked()));
        if (!result.intact()) {
            details.put("firstBadSequence", String.valueOf(result.firstBadSequence()));
            details.put("problem", result.problem());
        }
        recordOrFail(caller(request, security, "audit.verify", AuditEvent.Outcome.SUCCESS, details));
        return result;
    }

    private static Map<String, String> filters(HttpServletRequest request) {
        Map<String, String> details = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> details.put("filter." + name, String.join(",", values)));
        return details;
    }

    private void recordOrFail(AuditEvent event) {
        try {
            audit.record(event);
        } catch (AuditException e) {
            throw unavailable(e);
        }
    }

    private static AuditEvent caller(HttpServletRequest request, SecurityContext security, String action,
            AuditEvent.Outcome outcome, Map<String, String> details) {
        String actor = security == null || security.getUserPrincipal() == null ? "local"
                : security.getUserPrincipal().getName();
        Object address = request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        String client = address instanceof ClientAddress clientAddress ? clientAddress.host() : "local";
        return new AuditEvent(actor, client, action, "audit", outcome, details);
    }

    static ProblemException unavailable(AuditException e) {
        return new ProblemException(503, "Audit unavailable", e.getMessage()
                + ". The action was not performed; see the health of the database and of audit.");
    }
}

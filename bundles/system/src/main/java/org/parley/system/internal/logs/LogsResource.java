package org.parley.system.internal.logs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditService;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;

/**
 * {@code /api/v1/system/logs}: the log files and their download (streamed, never held in memory). Admin only
 * ({@code system:logs}): the logs name users and client addresses, which the auditor role has no need for; every
 * download is audited {@code logs.download}, and refused (503) when it cannot be.
 */
@Component(service = RestResource.class)
@Path("system/logs")
public class LogsResource implements RestResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditService audit;

    private final LogFolder folder;

    @Activate
    public LogsResource(BundleContext context) {
        String root = context.getProperty("parley.log");
        this.folder = new LogFolder(java.nio.file.Path.of(root == null ? "var/log" : root));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Permission("system:logs")
    public List<LogFile> list() {
        try {
            return folder.list();
        } catch (IOException e) {
            throw new ProblemException(500, "Log folder unreadable", "The log folder cannot be read: "
                    + e.getMessage());
        }
    }

    @GET
    @Path("{name}")
    @Permission("system:logs")
    public Response download(@PathParam("name") String name, @Context SecurityContext security,
            @Context HttpServletRequest request) {
        java.nio.file.Path file;
        long size;
        try {
            file = folder.find(name).orElseThrow(() -> ProblemException.notFound("No log file " + name
                    + ": GET /api/v1/system/logs lists the files that can be downloaded"));
            size = Files.size(file);
        } catch (IOException e) {
            throw new ProblemException(500, "Log folder unreadable", "The log folder cannot be read: "
                    + e.getMessage());
        }
        try {
            new AuditTrail(() -> audit).record(Caller.of(security, request), "logs.download", file.getFileName()
                    .toString(), Outcome.SUCCESS, Map.of("size", String.valueOf(size)));
        } catch (AuditException e) {
            throw new ProblemException(503, "Audit unavailable", "Downloads of logs are audited and the audit "
                    + "trail cannot be written now (" + e.getMessage() + "); try again later");
        }
        StreamingOutput body = out -> {
            // A live log grows while it is sent: send the length announced, not what is there by the end.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (long left = size; left > 0;) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            }
        };
        String type = name.endsWith(".gz") ? "application/gzip" : MediaType.TEXT_PLAIN + "; charset=utf-8";
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Content-Length", size).header("Cache-Control", "no-store").build();
    }
}

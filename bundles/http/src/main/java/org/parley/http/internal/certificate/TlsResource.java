package org.parley.http.internal.certificate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.api.Permission;
import org.parley.api.rest.ProblemException;
import org.parley.api.rest.RestResource;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditService;
import org.parley.http.internal.tls.ServedCertificate;
import org.parley.http.internal.tls.ServerKeystore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/system/tls}: the served certificate, a key and signing request made on the appliance, and the
 * installation of a new certificate (validated first; written under {@code var/lib/tls} by renaming a temporary
 * file; then the HTTPS listener is restarted with it by Felix HTTP, about a second after the answer).
 */
@Component(service = RestResource.class)
@Path("system/tls")
@Produces(MediaType.APPLICATION_JSON)
public class TlsResource implements RestResource {

    private static final Logger LOG = LoggerFactory.getLogger(TlsResource.class);
    private static final long RELOAD_DELAY_MILLIS = 500;

    /** The answer of a certificate request: the CSR to hand to the CA. */
    public record CertificateRequestView(String csr, String keyAlgorithm, List<String> subjectAltNames) {
    }

    /** The body of {@code PUT}: a PEM chain (server certificate first) and its key, or none for the pending key. */
    public record CertificateUpload(String certificate, String privateKey, String keyPassword) {
    }

    /** The answer of {@code PUT}: the certificate now served and what the admin should still look at. */
    public record Installed(CertificateFacts certificate, List<String> warnings, String note) {
    }

    /** The answer of {@code GET}. */
    public record ServedView(CertificateFacts certificate, String source, boolean requestPending) {
    }

    private final ServedCertificate served;
    private final AuditService audit;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Activate
    public TlsResource(@Reference ServedCertificate served, @Reference AuditService audit) {
        this.served = served;
        this.audit = audit;
    }

    @GET
    @Permission("system:read")
    public ServedView get() {
        ServerKeystore keystore = current();
        try {
            return new ServedView(CertificateFacts.of(CertificateInstallation.chainOf(keystore), clock.now()), source(keystore),
                    requests().pendingRequest().isPresent());
        } catch (IOException | GeneralSecurityException e) {
            throw new ProblemException(500, "Certificate unreadable", "The served keystore " + keystore.file()
                    + " cannot be read: " + e.getMessage());
        }
    }

    @POST
    @Path("csr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permission("system:write")
    public CertificateRequestView request(CertificateSubject subject, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        if (subject == null) {
            throw ProblemException.badRequest("Send {\"commonName\": \"meet.example.org\", \"subjectAltNames\": []}");
        }
        String[] problem = subject.problem();
        if (problem != null) {
            throw ProblemException.invalid(problem[0], problem[1]);
        }
        String algorithm = "RSA".equals(subject.keyAlgorithm()) ? "RSA" : "EC";
        try {
            String csr = requests().create(subject);
            record(security, http, "tls.csr", Outcome.SUCCESS, Map.of("commonName", subject.commonName(),
                    "subjectAltNames", String.join(",", subject.names()), "algorithm", algorithm));
            return new CertificateRequestView(csr, algorithm, subject.names());
        } catch (AuditException e) {
            throw new ProblemException(503, "Audit unavailable", "The request was made but could not be audited ("
                    + e.getMessage() + "); make it again when audit is up before using it");
        } catch (IOException | GeneralSecurityException e) {
            throw new ProblemException(500, "Request not made", "The key or request could not be written under "
                    + served.material().folder() + ": " + e.getMessage());
        }
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Permission("system:write")
    public Installed install(CertificateUpload upload, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        if (!served.certificateFile().isBlank()) {
            throw ProblemException.conflict("The certificate is set by certificateFile of org.parley.http.FrontDoor ("
                    + served.certificateFile() + "): clear certificateFile and keyFile to install one here");
        }
        ServerKeystore before = current();
        CertificateInstallation installation = new CertificateInstallation(served.material(), requests());
        try {
            CertificateInstallation.Checked checked = installation.check(upload, served.hostNames(), clock.now());
            ServerKeystore after = installation.apply(checked, () -> record(security, http, "tls.change",
                    Outcome.SUCCESS, Map.of("before", CertificateFacts.fingerprint(before.certificate()),
                            "after", CertificateFacts.fingerprint(checked.chain().get(0)),
                            "subject", checked.chain().get(0).getSubjectX500Principal().getName(),
                            "source", checked.pendingKey() ? "certificate request" : "uploaded key")));
            served.reloadLater(RELOAD_DELAY_MILLIS);
            return new Installed(CertificateFacts.of(checked.chain(), clock.now()), checked.warnings(),
                    "installed; the HTTPS listener restarts with it within a few seconds (open connections, "
                    + "WebSockets included, reconnect)");
        } catch (CertificateRefused e) {
            recordOrLog(security, http, Map.of("before", CertificateFacts.fingerprint(before.certificate()),
                    "reason", e.getMessage()));
            throw ProblemException.invalid(e.field(), e.getMessage());
        } catch (AuditException e) {
            throw new ProblemException(503, "Audit unavailable", "The change could not be audited ("
                    + e.getMessage() + "), so the previous certificate stays; try again when audit is up");
        } catch (IOException | GeneralSecurityException e) {
            throw new ProblemException(500, "Certificate not installed", "Writing under "
                    + served.material().folder() + " failed (" + e.getMessage() + "); the previous certificate stays");
        }
    }

    private ServerKeystore current() {
        ServerKeystore keystore = served.current();
        if (keystore == null) {
            throw new ProblemException(503, "Not serving yet", "The web server has no certificate yet; try again");
        }
        return keystore;
    }

    private String source(ServerKeystore keystore) {
        if (!served.certificateFile().isBlank()) {
            return "file";
        }
        return keystore.selfSigned() ? "self-signed" : "installed";
    }

    private CertificateRequests requests() {
        return new CertificateRequests(served.material().folder());
    }

    private void record(SecurityContext security, HttpServletRequest http, String action, Outcome outcome,
            Map<String, String> details) throws AuditException {
        String actor = security == null || security.getUserPrincipal() == null ? "local"
                : security.getUserPrincipal().getName();
        Object address = http == null ? null : http.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        audit.record(new AuditEvent(actor, address instanceof ClientAddress a ? a.host() : "local", action,
                "https", outcome, details));
    }

    private void recordOrLog(SecurityContext security, HttpServletRequest http, Map<String, String> details) {
        try {
            record(security, http, "tls.change", Outcome.FAILURE, details);
        } catch (AuditException | RuntimeException e) {
            LOG.warn("Audit record tls.change (refused) was not written: {}", e.getMessage());
        }
    }
}

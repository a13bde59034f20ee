package org.parley.health.internal.metrics;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parley.api.ClientAddress;
import org.parley.health.internal.net.Callers;
import org.parley.health.internal.net.NetworkAllowList;

/**
 * {@code /metrics} (outside {@code /api/v1}, where scrapers expect it): Prometheus text 0.0.4, or OpenMetrics when
 * the {@code Accept} header asks. Loopback callers and the configured networks only; others get 403.
 */
@Component(service = Servlet.class, configurationPid = MetricsServlet.PID)
@Designate(ocd = MetricsServlet.Config.class)
@HttpWhiteboardServletPattern("/metrics")
@HttpWhiteboardServletName("parley-metrics")
public class MetricsServlet extends HttpServlet {

    static final String PID = "org.parley.health.Metrics";
    private static final long serialVersionUID = 1L;

    @ObjectClassDefinition(id = PID, name = "Parley metrics endpoint",
            description = "Who may scrape the Prometheus metrics at /metrics.")
    public @interface Config {
        @AttributeDefinition(name = "Allowed networks",
                description = "CIDR networks (e.g. 10.0.0.0/8, 2001:db8::/32) whose callers may scrape /metrics, "
                        + "besides this machine. Empty: loopback only.")
        String[] allowedNetworks() default {};
    }

    private final transient MetricsScraper scraper;
    private transient volatile NetworkAllowList allowList;

    @Activate
    public MetricsServlet(@Reference MetricsScraper scraper, Config config) {
        this.scraper = scraper;
        configure(config);
    }

    @Modified
    void configure(Config config) {
        try {
            allowList = NetworkAllowList.parse(config.allowedNetworks());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": allowedNetworks: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ClientAddress caller = Callers.of(request);
        if (caller == null || !allowList.permits(caller.address())) {
            ProblemJson.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "/metrics answers only "
                    + "this machine and the networks in allowedNetworks of " + PID + "; "
                    + (caller == null ? "the caller's address is unknown" : caller.host() + " is not among them"));
            return;
        }
        MetricsFormat format = MetricsFormat.forAccept(request.getHeader("Accept"));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setHeader("Cache-Control", "no-store");
        scraper.scrape(response.getOutputStream(), format.contentType());
    }
}

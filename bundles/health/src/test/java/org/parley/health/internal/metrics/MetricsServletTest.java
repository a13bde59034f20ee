package org.parley.health.internal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.api.ClientAddress;
import org.parley.health.internal.testing.Fakes;

class MetricsServletTest {

    private final ParleyMeterRegistry registry = new ParleyMeterRegistry();

    @BeforeEach
    void activate() {
        registry.activate();
    }

    @AfterEach
    void deactivate() {
        registry.deactivate();
    }

    @Test
    void loopbackGetsJvmAndApplicationMetricsAsPrometheusText() throws IOException {
        Timer.builder("http.server.requests").tag("uri", "/api/v1/health").tag("status", "200")
                .publishPercentileHistogram().register(registry).record(Duration.ofMillis(12));

        Fakes.Response response = get(servlet(), "127.0.0.1", null, null);

        assertEquals(200, response.status());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", response.header("Content-Type"));
        String body = response.body();
        for (String metric : new String[] {"jvm_memory_used_bytes", "jvm_gc_", "jvm_threads_live_threads",
            "jvm_classes_loaded_classes", "system_cpu_count", "process_uptime_seconds", "jvm_info"}) {
            assertTrue(body.contains(metric), metric + " missing from the scrape");
        }
        assertTrue(body.contains("http_server_requests_seconds_bucket{status=\"200\",uri=\"/api/v1/health\","),
                "the request timer's histogram is missing");
        assertFalse(body.contains("# EOF"));
    }

    @Test
    void openMetricsWhenAsked() throws IOException {
        Fakes.Response response = get(servlet(), "127.0.0.1", "application/openmetrics-text;version=1.0.0", null);

        assertEquals("application/openmetrics-text; version=1.0.0; charset=utf-8", response.header("Content-Type"));
        assertTrue(response.body().endsWith("# EOF\n"), "OpenMetrics ends with # EOF");
    }

    @Test
    void strangersGetProblemJson403() throws IOException {
        Fakes.Response response = get(servlet(), "192.0.2.7", null, null);

        assertEquals(403, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertEquals("{\"type\":\"about:blank\",\"status\":403,\"title\":\"Forbidden\",\"detail\":\"/metrics answers "
                + "only this machine and the networks in allowedNetworks of org.parley.health.Metrics; 192.0.2.7 is "
                + "not among them\"}", response.body());
    }

    @Test
    void theFrontDoorsClientAddressDecidesNotThePeer() throws IOException {
        ClientAddress forwarded = new ClientAddress(InetAddress.getByName("192.0.2.7"), true);

        Fakes.Response response = get(servlet(), "127.0.0.1", null, forwarded);

        assertEquals(403, response.status());
    }

    @Test
    void configuredNetworksMayScrape() throws IOException {
        MetricsServlet servlet = servlet("192.0.2.0/24");

        assertEquals(200, get(servlet, "192.0.2.7", null, null).status());
        assertEquals(403, get(servlet, "198.51.100.1", null, null).status());
    }

    @Test
    void reconfiguringChangesWhoMayScrape() throws IOException {
        MetricsServlet servlet = servlet();
        servlet.configure(Fakes.config(MetricsServlet.Config.class,
                Map.of("allowedNetworks", new String[] {"192.0.2.0/24"})));

        assertEquals(200, get(servlet, "192.0.2.7", null, null).status());
    }

    @Test
    void badNetworkNamesThePidAndAttribute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> servlet("10.0.0.0/40"));

        assertTrue(e.getMessage().startsWith("org.parley.health.Metrics: allowedNetworks: '10.0.0.0/40'"),
                e.getMessage());
    }

    @Test
    void problemDetailsAreQuotedAsJson() {
        assertEquals("\"a \\\"b\\\" \\\\ \\n \\u0001\"", ProblemJson.quote("a \"b\" \\ \n \u0001"));
    }

    private MetricsServlet servlet(String... allowedNetworks) {
        return new MetricsServlet(registry,
                Fakes.config(MetricsServlet.Config.class, Map.of("allowedNetworks", allowedNetworks)));
    }

    private static Fakes.Response get(MetricsServlet servlet, String peer, String accept, ClientAddress resolved)
            throws IOException {
        Fakes.Response response = new Fakes.Response();
        Map<String, Object> attributes = resolved == null ? Map.of()
                : Map.of(ClientAddress.REQUEST_ATTRIBUTE, resolved);
        Map<String, String> headers = accept == null ? Map.of() : Map.of("Accept", accept);
        servlet.doGet(Fakes.request(peer, attributes, headers), response.servletResponse());
        return response;
    }
}

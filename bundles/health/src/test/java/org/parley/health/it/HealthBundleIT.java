package org.parley.health.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * The health bundle in a real Felix with SCR, ConfigAdmin, Metatype, SLF4J (through SPI Fly), the Felix Jetty 12
 * whiteboard and micrometer-core as separate bundles: every bundle resolves and starts, the services appear, and
 * {@code /metrics} answers over HTTP with the JVM meters.
 */
class HealthBundleIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static EmbeddedFelix felix;
    private static int httpPort;

    @BeforeAll
    static void startFramework() throws Exception {
        httpPort = freePort();
        felix = EmbeddedFelix.start(Map.of(
                "parley.var.lib", System.getProperty("java.io.tmpdir"),
                "org.osgi.service.http.port", Integer.toString(httpPort),
                "org.apache.felix.http.host", "127.0.0.1",
                "org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        felix.installAndStart(bundleJars(), List.of("org.objectweb.asm", "org.apache.aries.spifly.dynamic.bundle", "slf4j.simple", "slf4j.api"));
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (felix != null) {
            felix.close();
        }
    }

    @Test
    void everyBundleIsActive() {
        awaitTrue("every bundle ACTIVE", () -> notActive().isEmpty());

        assertEquals("", notActive());
        assertTrue(Arrays.stream(felix.context().getBundles())
                .anyMatch(bundle -> "org.parley.health".equals(bundle.getSymbolicName())));
    }

    @Test
    void publishesTheMeterRegistryWithJvmMeters() throws Exception {
        Object registry = awaitService("io.micrometer.core.instrument.MeterRegistry");

        String scrape = (String) registry.getClass().getMethod("scrape").invoke(registry);

        assertTrue(scrape.contains("jvm_memory_used_bytes{area=\"heap\""), "heap memory missing");
        assertTrue(scrape.contains("jvm_threads_live_threads"), "threads missing");
        assertTrue(scrape.contains("jvm_classes_loaded_classes"), "class loading missing");
        assertTrue(scrape.contains("process_uptime_seconds"), "uptime missing");
        assertTrue(scrape.contains("system_cpu_count"), "processor missing");
    }

    @Test
    void timersWithHistogramsWorkWithoutHdrHistogramOrLatencyUtils() throws Exception {
        Object registry = awaitService("io.micrometer.core.instrument.MeterRegistry");
        ClassLoader micrometer = registry.getClass().getClassLoader();
        Class<?> timerClass = micrometer.loadClass("io.micrometer.core.instrument.Timer");
        Class<?> registryClass = micrometer.loadClass("io.micrometer.core.instrument.MeterRegistry");

        Object builder = timerClass.getMethod("builder", String.class).invoke(null, "it.request");
        builder = builder.getClass().getMethod("tags", String[].class)
                .invoke(builder, (Object) new String[] {"uri", "/api/v1/health", "status", "200"});
        builder = builder.getClass().getMethod("publishPercentileHistogram").invoke(builder);
        Object timer = builder.getClass().getMethod("register", registryClass).invoke(builder, registry);
        Method record = timerClass.getMethod("record", Duration.class);
        record.invoke(timer, Duration.ofMillis(40));

        String scrape = (String) registry.getClass().getMethod("scrape").invoke(registry);
        assertTrue(scrape.contains("it_request_seconds_count{status=\"200\",uri=\"/api/v1/health\"} 1"), scrape);
        assertTrue(scrape.contains("it_request_seconds_bucket{"), "histogram buckets missing");
    }

    @Test
    void metricsAnswerLoopbackOverHttp() throws Exception {
        awaitService("jakarta.servlet.Servlet");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI metrics = URI.create("http://127.0.0.1:" + httpPort + "/metrics");

        HttpResponse<String> text = awaitOk(client, HttpRequest.newBuilder(metrics).build());
        HttpResponse<String> openMetrics = client.send(HttpRequest.newBuilder(metrics)
                .header("Accept", "application/openmetrics-text; version=1.0.0").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals("text/plain; version=0.0.4; charset=utf-8", text.headers().firstValue("Content-Type").orElse(""));
        assertTrue(text.body().contains("jvm_gc_"), "GC meters missing");
        assertEquals(200, openMetrics.statusCode());
        assertTrue(openMetrics.body().endsWith("# EOF\n"), "OpenMetrics must end with # EOF");
    }

    @Test
    void ownHealthChecksAreUp() throws Exception {
        awaitTrue("every bundle ACTIVE", () -> notActive().isEmpty());
        awaitTrue("three health checks", () -> references("org.parley.api.health.HealthCheck").size() == 3);
        List<String> results = new ArrayList<>();
        for (ServiceReference<?> reference : references("org.parley.api.health.HealthCheck")) {
            Object check = felix.context().getService(reference);
            Object result = check.getClass().getMethod("check").invoke(check);
            Object status = result.getClass().getMethod("status").invoke(result);
            results.add(check.getClass().getMethod("name").invoke(check) + "=" + status);
        }
        results.sort(null);

        // The clock depends on this machine's NTP: UP (in sync, or cannot tell) or WARN, never DOWN.
        assertTrue(List.of("clock=UP", "clock=WARN").contains(results.remove(1)), results::toString);
        assertEquals(List.of("bundles=UP", "disk=UP"), results);
        assertNotNull(awaitService("org.parley.api.rest.RestResource"), "the /api/v1/health resource");
    }

    private static List<File> bundleJars() {
        File[] runtime = new File(System.getProperty("it.bundles", "target/it-bundles")).listFiles(
                (dir, name) -> name.endsWith(".jar"));
        assertNotNull(runtime, "run through failsafe: target/it-bundles is filled in pre-integration-test");
        List<File> jars = new ArrayList<>(Arrays.asList(runtime));
        jars.sort(null);
        jars.add(new File(System.getProperty("it.bundle.under.test")));
        return jars;
    }

    private static String notActive() {
        return Arrays.stream(felix.context().getBundles())
                .filter(bundle -> bundle.getBundleId() != 0)
                .filter(bundle -> bundle.getState() != (isFragment(bundle) ? Bundle.RESOLVED : Bundle.ACTIVE))
                .map(bundle -> bundle.getSymbolicName() + " (state " + bundle.getState() + ")")
                .collect(Collectors.joining(", "));
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    /** All, not only those whose class the test class path shares: that has its own copies of the API jars. */
    private static List<ServiceReference<?>> references(String objectClass) {
        try {
            ServiceReference<?>[] found = felix.context().getAllServiceReferences(objectClass, null);
            return found == null ? List.of() : Arrays.asList(found);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object awaitService(String objectClass) {
        awaitTrue(objectClass + " service", () -> !references(objectClass).isEmpty());
        BundleContext context = felix.context();
        return context.getService(references(objectClass).get(0));
    }

    private static HttpResponse<String> awaitOk(HttpClient client, HttpRequest request) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 200) {
                    return last;
                }
            } catch (IOException e) {
                // Jetty still starting: try again below
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no 200 from " + request.uri() + " within " + WAIT
                + (last == null ? "" : "; last status " + last.statusCode() + ": " + last.body()));
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; not active: " + notActive());
            }
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

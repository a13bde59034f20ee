package org.parley.http.internal.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Times every API request into {@code http.server.requests}, tagged by method, route template (never the raw
 * path, so ids do not explode the series) and status. Records nothing while no meter registry is registered.
 */
final class RequestMetrics implements ApplicationEventListener {

    static final String METER = "http.server.requests";

    private final Supplier<MeterRegistry> registry;

    RequestMetrics(Supplier<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void onEvent(ApplicationEvent event) {
        // Application life cycle is not measured.
    }

    @Override
    public RequestEventListener onRequest(RequestEvent start) {
        MeterRegistry meters = registry.get();
        if (meters == null) {
            return null;
        }
        long started = System.nanoTime();
        return event -> {
            if (event.getType() == RequestEvent.Type.FINISHED) {
                Timer.builder(METER)
                        .description("API requests by route template and status")
                        .tag("method", event.getContainerRequest().getMethod())
                        .tag("uri", template(event.getUriInfo()))
                        .tag("status", String.valueOf(event.getContainerResponse() == null ? 500
                                : event.getContainerResponse().getStatus()))
                        .publishPercentileHistogram()
                        .register(meters)
                        .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        };
    }

    static String template(ExtendedUriInfo uriInfo) {
        List<UriTemplate> matched = new ArrayList<>(uriInfo.getMatchedTemplates());
        if (matched.isEmpty()) {
            return "UNMATCHED";
        }
        Collections.reverse(matched);
        StringBuilder path = new StringBuilder("/api/v1");
        for (UriTemplate template : matched) {
            String part = template.getTemplate();
            if (!part.isEmpty() && !"/".equals(part)) {
                path.append(part.startsWith("/") ? "" : "/").append(part);
            }
        }
        return path.toString().replaceAll("/+", "/");
    }
}

package org.parley.http.internal.rest;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parley.api.rest.RestResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /api/v1} servlet: Jersey, holding every {@link RestResource} service registered in the framework.
 * When a bundle registers or removes resources the application is rebuilt (coalesced over
 * {@value #COALESCE_MILLIS} ms, since a starting bundle registers several at once), so stopping a bundle takes its
 * routes away.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/*")
@HttpWhiteboardServletName("parley-api")
public class ApiServlet extends ServletContainer {

    private static final long serialVersionUID = 1L;
    private static final long COALESCE_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient Collection<RestResource> resources = ConcurrentHashMap.newKeySet();
    private final transient ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "parley-api-reload"));
    private transient ScheduledFuture<?> pendingReload;
    private volatile boolean initialised;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile MeterRegistry meterRegistry;

    public ApiServlet() {
        super(new ResourceConfig());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(RestResource resource) {
        resources.add(resource);
        scheduleReload();
    }

    void removeResource(RestResource resource) {
        resources.remove(resource);
        scheduleReload();
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        withJerseyClassLoader(() -> {
            super.init(config);
            return null;
        });
        initialised = true;
        rebuild();
    }

    @Deactivate
    void deactivate() {
        reloader.shutdownNow();
    }

    private synchronized void scheduleReload() {
        if (!initialised || reloader.isShutdown()) {
            return;
        }
        if (pendingReload != null) {
            pendingReload.cancel(false);
        }
        pendingReload = reloader.schedule(this::rebuild, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        List<RestResource> current = List.copyOf(resources);
        try {
            withJerseyClassLoader(() -> {
                reload(ApiApplication.of(current, this::resourceClasses, () -> meterRegistry));
                return null;
            });
            LOG.debug("API rebuilt with {} resources", current.size());
        } catch (ServletException | RuntimeException e) {
            LOG.error("The API could not be rebuilt with resources {}: {}", current, e.getMessage(), e);
        }
    }

    private Collection<Class<?>> resourceClasses() {
        return resources.stream().<Class<?>>map(Object::getClass).toList();
    }

    /**
     * Jersey and jakarta.ws.rs find their implementation through the thread's context class loader (recipes,
     * pitfall 2), so it must be Jersey's own while the application is built.
     */
    private static void withJerseyClassLoader(ServletAction action) throws ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ResourceConfig.class.getClassLoader());
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @FunctionalInterface
    private interface ServletAction {
        Object run() throws ServletException;
    }
}

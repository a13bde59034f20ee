package org.parley.http.internal.rest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parley.api.rest.Authenticator;
import org.parley.api.rest.RestResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /api/v1} servlet: Jersey, holding every {@link RestResource} service registered in the framework.
 * When a bundle registers or removes resources the application is rebuilt (coalesced over
 * {@value #COALESCE_MILLIS} ms, since a starting bundle registers several at once), so stopping a bundle takes its
 * routes away. Each rebuild makes a new Jersey container and swaps it in; the old one keeps serving the requests it
 * has (Jersey's own {@code reload} shuts its scopes under requests in flight) and is destroyed
 * {@value #RETIRE_SECONDS} s later. Jetty may destroy and init this servlet again (when its ports or certificate
 * change); each init starts from a new container too.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/*")
@HttpWhiteboardServletName("parley-api")
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long COALESCE_MILLIS = 100;
    private static final long RETIRE_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient Collection<RestResource> resources = ConcurrentHashMap.newKeySet();
    private final transient ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "parley-api-reload"));
    private transient ScheduledFuture<?> pendingReload;
    private transient volatile ServletContainer jersey;
    private transient volatile ServletConfig servletConfig;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile MeterRegistry meterRegistry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile Authenticator authenticator;

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
        super.init(config);
        servletConfig = config;
        jersey = newContainer(config);
        // Resources that came or went while this container was being built were not in it, and their rebuild
        // found no container to reload: rebuild once more now that there is one.
        scheduleReload();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        jersey.service(request, response);
    }

    @Override
    public void destroy() {
        ServletContainer container = jersey;
        jersey = null;
        servletConfig = null;
        if (container != null) {
            container.destroy();
        }
    }

    @Deactivate
    void deactivate() {
        reloader.shutdownNow();
    }

    private synchronized void scheduleReload() {
        if (reloader.isShutdown()) {
            return;
        }
        if (pendingReload != null) {
            pendingReload.cancel(false);
        }
        pendingReload = reloader.schedule(this::rebuild, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        ServletConfig config = servletConfig;
        ServletContainer old = jersey;
        if (config == null || old == null) {
            return;
        }
        try {
            jersey = newContainer(config);
            reloader.schedule(old::destroy, RETIRE_SECONDS, TimeUnit.SECONDS);
            LOG.debug("API rebuilt with {} resources", resources.size());
        } catch (ServletException | RuntimeException e) {
            LOG.error("The API could not be rebuilt with resources {}: {}", resources, e.getMessage(), e);
        }
    }

    private ServletContainer newContainer(ServletConfig config) throws ServletException {
        ServletContainer container = new ServletContainer(application());
        withJerseyClassLoader(() -> container.init(config));
        return container;
    }

    private ResourceConfig application() {
        return ApiApplication.of(List.copyOf(resources), this::resourceClasses, () -> meterRegistry,
                () -> authenticator);
    }

    private Collection<Class<?>> resourceClasses() {
        return resources.stream().<Class<?>>map(Object::getClass).toList();
    }

    /**
     * Jersey and jakarta.ws.rs find their implementation through the thread's context class loader (recipes,
     * pitfall 2), so it must be Jersey's own while the application is built.
     */
    private static void withJerseyClassLoader(JerseyAction action) throws ServletException {
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
    private interface JerseyAction {
        void run() throws ServletException;
    }
}

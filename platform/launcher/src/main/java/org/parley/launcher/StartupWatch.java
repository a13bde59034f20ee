package org.parley.launcher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;

/**
 * Watches for the two services that decide how a start ends: a {@code FatalConfiguration} (property
 * {@value #FATAL_PROPERTY}) ends the process with status 78 after printing its cause, and the front door's
 * endpoint (property {@value #URL_PROPERTY}) prints where to open Parley. Works on service properties only, so the
 * launcher needs none of the bundles' classes.
 */
final class StartupWatch {

    static final String FATAL_PROPERTY = "parley.fatal.cause";
    static final String URL_PROPERTY = "parley.https.url";

    private final BundleContext context;
    private final CompletableFuture<Integer> outcome;
    private final AtomicBoolean announced = new AtomicBoolean();

    StartupWatch(BundleContext context, CompletableFuture<Integer> outcome) throws ConfigurationError {
        this.context = context;
        this.outcome = outcome;
        try {
            context.addServiceListener(this::serviceChanged,
                    "(|(" + FATAL_PROPERTY + "=*)(" + URL_PROPERTY + "=*))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Catches services registered before the listener could see them (none in practice; cheap to be sure). */
    void checkAlreadyRegistered() {
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(null,
                    "(|(" + FATAL_PROPERTY + "=*)(" + URL_PROPERTY + "=*))");
            if (references != null) {
                for (ServiceReference<?> reference : references) {
                    handle(reference);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serviceChanged(ServiceEvent event) {
        if (event.getType() == ServiceEvent.REGISTERED || event.getType() == ServiceEvent.MODIFIED) {
            handle(event.getServiceReference());
        }
    }

    private void handle(ServiceReference<?> reference) {
        Object cause = reference.getProperty(FATAL_PROPERTY);
        if (cause != null) {
            if (outcome.complete(Main.EXIT_CONFIG)) {
                System.err.println("parley: configuration error: " + cause);
            }
            return;
        }
        Object url = reference.getProperty(URL_PROPERTY);
        if (url != null && announced.compareAndSet(false, true)) {
            System.out.println();
            System.out.println("Parley is running. Open " + url);
            System.out.println("  Health: " + url + "api/v1/health   (from this machine you see every component)");
            System.out.println("  The first start made a self-signed certificate: your browser will ask you to accept it.");
            System.out.println("  Stop with Ctrl+C.");
            System.out.println();
        }
    }
}

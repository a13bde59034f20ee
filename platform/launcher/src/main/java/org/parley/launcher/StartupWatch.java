package org.parley.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
    private static final long ANNOUNCE_WAIT_SECONDS = 30;
    /** On a first start the accounts bundle writes the one-time admin password moments after the port opens. */
    private static final long FIRST_RUN_WAIT_MILLIS = 3_000;

    private final BundleContext context;
    private final CompletableFuture<Integer> outcome;
    private final AtomicBoolean announced = new AtomicBoolean();
    private final Path initialAdminPassword;

    StartupWatch(BundleContext context, CompletableFuture<Integer> outcome, Path varLib) throws ConfigurationError {
        this.context = context;
        this.outcome = outcome;
        this.initialAdminPassword = varLib.resolve("initial-admin-password");
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
            Thread announcer = new Thread(() -> announceWhenServing(URI.create(url.toString())), "parley-announce");
            announcer.setDaemon(true);
            announcer.start();
        }
    }

    /** The front door publishes its URL as it hands Jetty the ports; say so once the port really answers. */
    private void announceWhenServing(URI url) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANNOUNCE_WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 500);
                break;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        System.out.println();
        System.out.println("Parley is running. Open " + url);
        System.out.println("  Health: " + url + "api/v1/health   (from this machine you see every component)");
        if (awaitFile(initialAdminPassword, FIRST_RUN_WAIT_MILLIS)) {
            System.out.println("  First sign-in: user admin, with the one-time password in " + initialAdminPassword);
            System.out.println("  (you will choose a new password and enrol an authenticator app; the file is then deleted).");
        }
        System.out.println("  The REST API is described at " + url + "api/v1/openapi.json");
        System.out.println("  A self-signed certificate is in use until you install yours: your browser will ask you to accept it.");
        System.out.println("  Stop with Ctrl+C.");
        System.out.println();
    }

    private static boolean awaitFile(Path file, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return Files.exists(file);
    }
}

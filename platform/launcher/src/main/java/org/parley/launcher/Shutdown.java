package org.parley.launcher;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;

/**
 * Stops the appliance in the order that loses nothing: first the HTTP server, so no new request is accepted
 * while bundles wind down, then the framework (the store closes the database last, being started first).
 * Bounded to {@value #STOP_MILLIS} ms so systemd sees the exit well inside its 10 s budget.
 */
final class Shutdown {

    static final long STOP_MILLIS = 8_000;
    private static final String HTTP_SERVER = "org.apache.felix.http.jetty12";

    private Shutdown() {
    }

    static synchronized void stop(Framework framework) {
        if ((framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
            return;
        }
        try {
            for (Bundle bundle : framework.getBundleContext().getBundles()) {
                if (HTTP_SERVER.equals(bundle.getSymbolicName())) {
                    bundle.stop(Bundle.STOP_TRANSIENT);
                }
            }
            framework.stop();
            FrameworkEvent event = framework.waitForStop(STOP_MILLIS);
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                System.err.println("parley: bundles did not stop within " + STOP_MILLIS + " ms; exiting anyway");
            }
        } catch (BundleException | IllegalStateException e) {
            System.err.println("parley: error while stopping: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

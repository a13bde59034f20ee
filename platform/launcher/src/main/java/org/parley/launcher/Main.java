package org.parley.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts Parley in the foreground. Exit status: 0 when the framework stopped by itself, 143 after SIGTERM (the
 * JVM's own status once the shutdown hook has stopped the framework), 78 (EX_CONFIG) when the configuration
 * cannot work (a port in use, an unreadable file), 70 (EX_SOFTWARE) for anything unexpected.
 */
public final class Main {

    static final int EXIT_OK = 0;
    static final int EXIT_SOFTWARE = 70;
    static final int EXIT_CONFIG = 78;

    /** Properties in config.properties with this prefix become JVM system properties (logging, Derby). */
    private static final String SYSTEM_PREFIX = "system.";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Roots.from(System::getenv)));
    }

    static int run(Roots roots) {
        try {
            Map<String, String> properties = prepare(roots);
            Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                    .orElseThrow(() -> new ConfigurationError("no OSGi framework on the class path (bin/felix.jar)"))
                    .newFramework(properties);
            framework.init();
            CompletableFuture<Integer> outcome = new CompletableFuture<>();
            StartupWatch watch = new StartupWatch(framework.getBundleContext(), outcome, roots.varLib());
            new BundleSet(roots.home()).installAndStart(framework.getBundleContext());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Shutdown.stop(framework), "parley-shutdown"));
            framework.start();
            watch.checkAlreadyRegistered();
            Thread waiter = new Thread(() -> waitForStop(framework, outcome), "parley-framework-wait");
            waiter.setDaemon(true);
            waiter.start();
            int code = outcome.join();
            if (code == EXIT_CONFIG) {
                Shutdown.stop(framework);
            }
            return code;
        } catch (ConfigurationError e) {
            System.err.println("parley: configuration error: " + e.getMessage());
            return EXIT_CONFIG;
        } catch (BundleException | RuntimeException e) {
            System.err.println("parley: cannot start: " + e);
            return EXIT_SOFTWARE;
        }
    }

    private static Map<String, String> prepare(Roots roots) throws ConfigurationError {
        for (Path folder : roots.writableFolders()) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new ConfigurationError("cannot create " + folder + " (" + e.getMessage()
                        + "): check the PARLEY_* roots and that the service user may write there");
            }
        }
        Map<String, String> properties =
                FrameworkProperties.load(roots.home().resolve("conf/config.properties"), roots.asProperties());
        roots.asProperties().forEach(System::setProperty);
        properties.forEach((name, value) -> {
            if (name.startsWith(SYSTEM_PREFIX)) {
                System.setProperty(name.substring(SYSTEM_PREFIX.length()), value);
            }
        });
        return properties;
    }

    private static void waitForStop(Framework framework, CompletableFuture<Integer> outcome) {
        try {
            framework.waitForStop(0);
            outcome.complete(EXIT_OK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome.complete(EXIT_SOFTWARE);
        }
    }
}

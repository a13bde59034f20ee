package org.parley.health.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** A Felix framework in this JVM, its storage in a temporary directory, with a folder of bundles started. */
final class EmbeddedFelix implements AutoCloseable {

    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final Framework framework;
    private final Path storage;

    private EmbeddedFelix(Framework framework, Path storage) {
        this.framework = framework;
        this.storage = storage;
    }

    /** Starts the framework with {@code properties} (storage is added). */
    static EmbeddedFelix start(Map<String, String> properties) throws Exception {
        Path storage = Files.createTempDirectory("parley-health-it");
        Map<String, String> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, storage.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi FrameworkFactory on the test class path"));
        Framework framework = factory.newFramework(config);
        framework.start();
        return new EmbeddedFelix(framework, storage);
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    Path storage() {
        return storage;
    }

    /** Installs every jar, then starts the ones named first (extenders) and after them all the others. */
    List<Bundle> installAndStart(List<File> jars, List<String> startFirst) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (File jar : jars) {
            installed.add(context().installBundle(jar.toURI().toString()));
        }
        for (String symbolicName : startFirst) {
            for (Bundle bundle : installed) {
                if (symbolicName.equals(bundle.getSymbolicName())) {
                    bundle.start();
                }
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        return installed;
    }

    @Override
    public void close() throws BundleException, IOException {
        framework.stop();
        try {
            framework.waitForStop(STOP_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(storage)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}

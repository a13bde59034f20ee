package org.parley.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * The packaged bundles: every jar of {@code boot/} at start level 1 (the ServiceLoader mediator, logging,
 * ConfigAdmin and the resource locator Jersey needs, which must be up before anything else starts) and every jar
 * of {@code bundle/} at start level 2. The framework cache is cleaned at each start, so this set is exactly what
 * the package (or the build) delivered.
 */
final class BundleSet {

    private final Path home;

    BundleSet(Path home) {
        this.home = home;
    }

    void installAndStart(BundleContext context) throws ConfigurationError {
        List<Bundle> installed = new ArrayList<>();
        installed.addAll(install(context, home.resolve("boot"), 1));
        installed.addAll(install(context, home.resolve("bundle"), 2));
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    bundle.start();
                } catch (BundleException e) {
                    // One bundle that cannot start must not take the appliance down: health reports it.
                    System.err.println("parley: bundle " + bundle.getSymbolicName() + " did not start: " + e.getMessage());
                }
            }
        }
    }

    private static List<Bundle> install(BundleContext context, Path folder, int startLevel) throws ConfigurationError {
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars(folder)) {
            try {
                Bundle bundle = context.installBundle(jar.toUri().toString());
                bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
                bundles.add(bundle);
            } catch (BundleException e) {
                throw new ConfigurationError("cannot install " + jar + ": " + e.getMessage());
            }
        }
        return bundles;
    }

    private static List<Path> jars(Path folder) throws ConfigurationError {
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationError("bundle folder " + folder + " is missing: is PARLEY_HOME right?");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigurationError("cannot list " + folder + ": " + e.getMessage());
        }
    }
}

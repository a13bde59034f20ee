package org.parley.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A home folder that mirrors the distribution: bin/ and conf/ are the distribution's own (linked), boot/ and
 * bundle/ hold links to every packaged bundle plus the test-only ones, and etc/ and var/ start empty. The test clock
 * goes to boot/ (start level 1), so it is registered before any component that reads the time activates.
 */
final class Layout {

    private Layout() {
    }

    static void create(Path home, Path dist, List<Path> testingBundles) throws IOException {
        if (!Files.isDirectory(dist.resolve("bundle"))) {
            throw new IllegalStateException("no distribution at " + dist + ": build it first (mvn install)");
        }
        Files.createDirectories(home.resolve("etc/conf.d"));
        for (String folder : List.of("bin", "conf")) {
            Files.createSymbolicLink(home.resolve(folder), dist.resolve(folder).toAbsolutePath());
        }
        Path boot = linkAll(dist.resolve("boot"), home.resolve("boot"));
        Path bundles = linkAll(dist.resolve("bundle"), home.resolve("bundle"));
        for (Path jar : testingBundles) {
            Path folder = jar.getFileName().toString().contains("testing.clock") ? boot : bundles;
            Files.createSymbolicLink(folder.resolve(jar.getFileName()), jar.toAbsolutePath());
        }
    }

    private static Path linkAll(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> jars = Files.list(from)) {
            for (Path jar : jars.toList()) {
                Files.createSymbolicLink(to.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        return to;
    }
}

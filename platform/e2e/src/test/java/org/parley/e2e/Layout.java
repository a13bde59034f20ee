package org.parley.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A home folder that mirrors the distribution: bin/, boot/ and conf/ are the distribution's own (linked), bundle/
 * holds links to every packaged bundle plus the test-only ones, and etc/ and var/ start empty.
 */
final class Layout {

    private Layout() {
    }

    static void create(Path home, Path dist, List<Path> testingBundles) throws IOException {
        if (!Files.isDirectory(dist.resolve("bundle"))) {
            throw new IllegalStateException("no distribution at " + dist + ": build it first (mvn install)");
        }
        Files.createDirectories(home.resolve("etc/conf.d"));
        for (String folder : List.of("bin", "boot", "conf")) {
            Files.createSymbolicLink(home.resolve(folder), dist.resolve(folder).toAbsolutePath());
        }
        Path bundles = Files.createDirectories(home.resolve("bundle"));
        try (Stream<Path> jars = Files.list(dist.resolve("bundle"))) {
            for (Path jar : jars.toList()) {
                Files.createSymbolicLink(bundles.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        for (Path jar : testingBundles) {
            Files.createSymbolicLink(bundles.resolve(jar.getFileName()), jar.toAbsolutePath());
        }
    }
}

package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The built bundle in a real Felix with SCR and the runtime's Jackson and SLF4J bundles: it resolves with its
 * imports, the component activates on embedded Derby, Flyway finds its plugins and another bundle's scripts, and
 * stopping the bundle shuts Derby down cleanly (its lock file is gone).
 */
class OsgiRuntimeIT {

    /** The runtime's bundles this one needs, in start order (SPI Fly before SLF4J, as in the distribution). */
    private static final List<String> RUNTIME = List.of("asm-9", "asm-tree", "asm-analysis", "asm-commons",
            "asm-util", "org.apache.aries.spifly.dynamic.bundle", "slf4j-api", "slf4j-simple",
            "org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component-", "org.apache.felix.scr",
            "jackson-annotations", "jackson-core", "jackson-databind", "jackson-datatype-jsr310", "org.parley.api",
            "micrometer-commons", "micrometer-core");

    @TempDir
    Path home;

    private Framework framework;

    @AfterEach
    void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void activatesOnDerbyMigratesAnotherBundleAndClosesCleanly() throws Exception {
        BundleContext context = startFramework();
        List<Bundle> bundles = new ArrayList<>();
        for (String name : RUNTIME) {
            bundles.add(context.installBundle(classPathJar(name).toUri().toString()));
        }
        Bundle store = context.installBundle(storeJar().toUri().toString());
        Bundle owner = context.installBundle(ownerBundle().toUri().toString());
        bundles.add(store);
        bundles.add(owner);
        for (Bundle bundle : bundles) {
            bundle.start();
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName());
        }

        Object database = awaitService(context, "org.parley.store.api.Database");
        Object vendor = call(database, "vendor");
        Object version = call(database, "migrate", "ownerx", owner.loadClass("org.parley.store.testowner.OwnerAnchor"));
        Object health = awaitService(context, "org.parley.api.health.HealthCheck");
        String result = call(health, "check").toString();

        assertEquals("DERBY", vendor.toString());
        assertEquals("2", version);
        assertTrue(result.contains("status=UP") && result.contains("Apache Derby"), result);
        Path derby = home.resolve("var/lib/db/parley");
        assertTrue(Files.exists(derby.resolve("db.lck")), "Derby holds its lock while running");
        store.stop();
        assertFalse(Files.exists(derby.resolve("db.lck")), "Derby was shut down when the bundle stopped");
    }

    private BundleContext startFramework() throws Exception {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, home.resolve("cache").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // The test's own class path also holds SLF4J: bundles must see only their wired copy.
        properties.put("felix.bootdelegation.implicit", "false");
        properties.put(RuntimePaths.ETC, home.resolve("etc").toString());
        properties.put(RuntimePaths.VAR_LIB, home.resolve("var/lib").toString());
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(properties);
        framework.start();
        return framework.getBundleContext();
    }

    private static Object awaitService(BundleContext context, String type) throws InterruptedException {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, type, null);
        tracker.open(true);
        Object service = tracker.waitForService(20_000);
        assertNotNull(service, type + " was not registered");
        return service;
    }

    private static Object call(Object target, String method, Object... args) throws Exception {
        for (Method candidate : target.getClass().getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
                return candidate.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(method);
    }

    private static Path classPathJar(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName().toString().startsWith(prefix) && entry.endsWith(".jar")) {
                return path;
            }
        }
        throw new IllegalStateException(prefix + " is not on the test class path");
    }

    private static Path storeJar() throws IOException {
        try (var jars = Files.list(Path.of("target"))) {
            return jars.filter(jar -> jar.getFileName().toString().matches("org\\.parley\\.store-.*[0-9T]\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("package the bundle first"));
        }
    }

    /** A bundle that owns two migrations and holds the anchor class, as a bundle with tables would. */
    private Path ownerBundle() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "org.parley.store.testowner");
        Path jar = home.resolve("owner.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            String anchor = "org/parley/store/testowner/OwnerAnchor.class";
            entry(out, anchor, Files.readAllBytes(Path.of("target/test-classes").resolve(anchor)));
            entry(out, "db/migration/ownerx/common/V1__first.sql",
                    "CREATE TABLE ownerx_first (id INT NOT NULL PRIMARY KEY);".getBytes(StandardCharsets.UTF_8));
            entry(out, "db/migration/ownerx/derby/V2__second.sql",
                    "CREATE TABLE ownerx_second (data BLOB(1K));".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void entry(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}

package org.parley.system.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.parley.testing.support.AuditApiJar;

/**
 * A real Felix with the runtime's configuration bundles, the Parley API and audit API jars and this bundle, laid
 * out like an installed Parley under one root: {@code var/lib} (ConfigAdmin's store, deploy, backup),
 * {@code etc/conf.d} (FileInstall) and a framework cache that {@link #restartWithWipedCache} throws away.
 */
final class EmbeddedFelix implements AutoCloseable {

    private static final List<String> RUNTIME = List.of("org.apache.aries.spifly.dynamic.bundle", "asm",
            "asm-commons", "asm-tree", "asm-util", "asm-analysis", "slf4j-api", "slf4j-simple",
            "org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.log", "org.osgi.service.component",
            "org.apache.felix.configadmin", "org.apache.felix.metatype", "org.apache.felix.scr",
            "org.apache.felix.http.servlet-api", "jakarta.ws.rs-api", "org.parley.api", "org.apache.felix.fileinstall",
            "jackson-core", "jackson-annotations", "jackson-databind", "jackson-datatype-jsr310");

    final Path root;
    final Path varLib;
    final Path confD;
    final FakeAudit audit = new FakeAudit();
    /** Jars the launcher would install as the packaged set (from {@code bundle/}), started after the runtime. */
    final List<Path> packaged = new ArrayList<>();
    private Framework framework;

    EmbeddedFelix(Path root) throws IOException {
        this.root = root;
        this.varLib = Files.createDirectories(root.resolve("var/lib"));
        this.confD = Files.createDirectories(root.resolve("etc/conf.d"));
        Files.createDirectories(varLib.resolve("deploy"));
    }

    EmbeddedFelix start() throws Exception {
        Map<String, Object> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, root.resolve("var/cache/felix").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("parley.var.lib", varLib.toString());
        properties.put("parley.etc", root.resolve("etc").toString());
        properties.put("parley.run", root.resolve("var/run").toString());
        properties.put("parley.log", root.resolve("var/log").toString());
        properties.put("felix.cm.dir", varLib.resolve("config").toString());
        properties.put("felix.cm.config.plugins", "org.parley.system.settings");
        properties.put("felix.fileinstall.dir", confD.toString());
        properties.put("felix.fileinstall.enableConfigSave", "false");
        properties.put("felix.fileinstall.poll", "100");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        properties.put("felix.fileinstall.filter", ".*\\.cfg");
        properties.put("felix.fileinstall.log.level", "2");
        properties.put("org.slf4j.simpleLogger.defaultLogLevel", "info");
        framework = new Felix(properties);
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        Path bundles = Path.of(System.getProperty("parley.it.bundles"));
        for (String name : RUNTIME) {
            installed.add(context.installBundle(bundles.resolve(name + ".jar").toUri().toString()));
        }
        Path auditApi = AuditApiJar.cut(bundles.resolve("org.parley.audit.jar"), root.resolve("audit-api.jar"));
        installed.add(context.installBundle(auditApi.toUri().toString()));
        installed.add(context.installBundle(Path.of(System.getProperty("parley.it.system.bundle")).toUri().toString()));
        for (Path jar : packaged) {
            installed.add(context.installBundle(jar.toUri().toString()));
        }
        audit.register(context, bundle("org.parley.audit"));
        // Marked for start before the framework starts, as the launcher does: the framework then starts them all
        // and only afterwards fires STARTED.
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        framework.start();
        return this;
    }

    /** Stops the framework, deletes its cache (as every Parley start does) and starts it again. */
    void restartWithWipedCache() throws Exception {
        stop();
        deleteTree(root.resolve("var/cache/felix"));
        start();
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    Bundle bundle(String symbolicName) {
        return bundles(symbolicName).stream().findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }

    List<Bundle> bundles(String symbolicName) {
        return Arrays.stream(context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).toList();
    }

    /** The service object of the first service of that class (and filter), waiting for it to appear. */
    Object service(String className, String filter) throws Exception {
        return awaitIn("service " + className + " " + filter, () -> {
            try {
                // "All": the test's own class path also holds these API classes, which must not filter them out.
                ServiceReference<?>[] refs = context().getAllServiceReferences(className, filter);
                return refs == null ? null : context().getService(refs[0]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A service property of the first service of that class, or null. */
    Object serviceProperty(String className, String property) {
        try {
            ServiceReference<?>[] refs = context().getAllServiceReferences(className, null);
            return refs == null ? null : refs[0].getProperty(property);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #await(String, Supplier)}, describing the framework when it times out. */
    <T> T awaitIn(String what, Supplier<T> condition) throws InterruptedException {
        try {
            return await(what, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + describe(), e);
        }
    }

    /** Bundles not active and SCR components not active, with their unsatisfied references. */
    String describe() {
        StringBuilder text = new StringBuilder();
        for (Bundle bundle : context().getBundles()) {
            if (bundle.getState() != Bundle.ACTIVE) {
                text.append("bundle ").append(bundle.getSymbolicName()).append(" state ").append(bundle.getState())
                        .append('\n');
            }
        }
        ServiceReference<?> scrRef = context().getServiceReference(
                "org.osgi.service.component.runtime.ServiceComponentRuntime");
        Object scr = scrRef == null ? null : context().getService(scrRef);
        if (scr != null) {
            for (Object description : (java.util.Collection<?>) Reflect.call(scr, "getComponentDescriptionDTOs",
                    (Object) new Bundle[0])) {
                for (Object config : (java.util.Collection<?>) Reflect.call(scr, "getComponentConfigurationDTOs",
                        description)) {
                    text.append("component ").append(field(description, "name")).append(" state ")
                            .append(field(config, "state")).append(" unsatisfied ")
                            .append(Arrays.toString((Object[]) field(config, "unsatisfiedReferences")))
                            .append(' ').append(field(config, "failure")).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static Object field(Object dto, String name) {
        try {
            Object value = dto.getClass().getField(name).get(dto);
            if (value instanceof Object[] array) {
                return Arrays.stream(array).map(v -> String.valueOf(field(v, "name"))).toArray();
            }
            return value;
        } catch (ReflectiveOperationException e) {
            return String.valueOf(dto);
        }
    }

    /** Polls with short sleeps until the supplier gives a non-null, non-false value, for at most 20 s. */
    static <T> T await(String what, Supplier<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    void stop() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(20_000);
            framework = null;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}

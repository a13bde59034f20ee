package org.parley.auth.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.parley.testing.support.AuditApiJar;

/**
 * The built bundle in a real Felix with SCR, SPI Fly, BouncyCastle, the store (embedded Derby) and the audit API: it
 * resolves with its embedded Shiro, activates, migrates, writes the initial admin password file (0600), signs the
 * admin in with argon2id, and its Authenticator turns the session cookie into a restricted Caller; the SAML SP
 * builds its metadata and validates a signed response there ({@link SamlInFelix}).
 */
class OsgiRuntimeIT {

    private static final List<String> RUNTIME = List.of("asm-9", "asm-tree", "asm-analysis", "asm-commons",
            "asm-util", "org.apache.aries.spifly.dynamic.bundle", "slf4j-api", "slf4j-simple",
            "org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component-", "org.apache.felix.scr",
            "jackson-annotations", "jackson-core", "jackson-databind", "jackson-datatype-jsr310", "org.parley.api",
            "micrometer-commons", "micrometer-core", "bcprov-jdk18on", "bcutil-jdk18on", "bcpkix-jdk18on",
            "jakarta.ws.rs-api", "jakarta.servlet-api",
            "org.parley.store", "unboundid-ldapsdk");

    @TempDir
    Path home;

    private Framework framework;

    @AfterEach
    void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(20_000);
        }
    }

    @Test
    void resolvesWritesTheFirstRunFileAndAuthenticatesASession() throws Exception {
        BundleContext context = startFramework();
        List<Bundle> bundles = new ArrayList<>();
        for (String name : RUNTIME) {
            bundles.add(context.installBundle(classPathJar(name).toUri().toString()));
        }
        Bundle auditApi = context.installBundle(AuditApiJar.cut(classPathJar("org.parley.audit"),
                home.resolve("audit-api.jar")).toUri().toString());
        Bundle api = bundles.stream().filter(b -> "org.parley.api".equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
        bundles.add(auditApi);
        bundles.add(context.installBundle(authJar().toUri().toString()));
        for (Bundle bundle : bundles) {
            bundle.start();
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName());
        }
        registerProxy(context, auditApi.loadClass("org.parley.audit.api.AuditService"), null);
        registerProxy(context, api.loadClass("org.parley.api.Clock"), Instant.parse("2026-03-01T09:00:00Z"));

        Object authenticator = awaitService(context, "org.parley.api.rest.Authenticator");
        Path file = home.resolve("var/lib/initial-admin-password");
        // First run happens in the background once the tables are ready: wait for it, bounded.
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(file), "first run wrote the password file");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String password = Files.readString(file).strip();

        Object core = awaitService(context, "org.parley.auth.internal.core.AuthCore");
        // The file is written just before accounts are declared ready: wait for that too, bounded.
        for (int i = 0; i < 100 && ((Optional<?>) call(core, "notReady")).isPresent(); i++) {
            Thread.sleep(100);
        }
        Object client = api.loadClass("org.parley.api.ClientAddress").getConstructor(InetAddress.class,
                boolean.class).newInstance(InetAddress.getLoopbackAddress(), true);
        Object services = call(core, "services");
        Object signIn = services.getClass().getField("signIn").get(services);
        Object session = call(signIn, "signIn", "admin", password, null, client);
        String cookie = (String) call(session, "cookie");
        Object credentials = api.loadClass("org.parley.api.rest.Credentials").getConstructors()[0].newInstance("GET",
                "/api/v1/account", Map.of("parley_session", cookie), null, null, false, client);
        Object caller = ((Optional<?>) call(authenticator, "authenticate", credentials)).orElseThrow();
        assertEquals("admin", call(caller, "username"));
        assertEquals(Set.of("account:self"), call(caller, "permissions"), "password change and MFA still due");
        assertTrue(((String) call(services.getClass().getField("accounts").get(services).getClass()
                .getMethod("byUsername", String.class, String.class).invoke(services.getClass().getField("accounts")
                        .get(services), "local", "admin"), "toString")).contains("$shiro2$argon2id$"),
                "hashed with argon2id by the embedded Shiro");

        Bundle auth = bundles.get(bundles.size() - 1);
        SamlInFelix.check(awaitService(context, "org.parley.auth.internal.saml.SamlService"), auth,
                home.resolve("var/lib"), Instant.parse("2026-03-01T09:00:00Z"));
    }

    private BundleContext startFramework() throws Exception {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, home.resolve("cache").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("felix.bootdelegation.implicit", "false");
        properties.put("parley.etc", home.resolve("etc").toString());
        properties.put("parley.var.lib", home.resolve("var/lib").toString());
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(properties);
        framework.start();
        return framework.getBundleContext();
    }

    /** A service of the interface as the framework's bundle loaded it: audit keeps nothing, the clock stands. */
    private static void registerProxy(BundleContext context, Class<?> type, Instant now) {
        Object service = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "now" -> now;
                    case "millis" -> now.toEpochMilli();
                    case "find" -> List.of();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> type.getSimpleName() + " for the test";
                    default -> null;
                });
        context.registerService(type.getName(), service, null);
    }

    private static Object awaitService(BundleContext context, String type) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            ServiceReference<?>[] refs = context.getAllServiceReferences(type, null);
            if (refs != null) {
                return context.getService(refs[0]);
            }
            Thread.sleep(50);
        }
        assertNotNull(null, type + " was not registered");
        return null;
    }

    /** Calls a public method by name on an object of a class the test cannot see (it lives inside Felix). */
    static Object call(Object target, String method, Object... args) throws Exception {
        for (Method candidate : target.getClass().getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
                candidate.setAccessible(true);
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

    private static Path authJar() throws IOException {
        try (var jars = Files.list(Path.of("target"))) {
            return jars.filter(jar -> jar.getFileName().toString().matches("org\\.parley\\.auth-.*[0-9T]\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("package the bundle first"));
        }
    }
}

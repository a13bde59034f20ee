package org.parley.system.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.parley.system.internal.deploy.TestJars;
import org.parley.system.it.Reflect.Problem;

/** Hot swap through {@code var/lib/deploy} in a real Felix: install, update in place, refuse, roll back, guard. */
class DeployIT {

    private static final String FIXTURE = "org.parley.testing.fixture";
    private static final String PACKAGED = "org.parley.testing.packaged";
    private static final String RESOURCES = "org.parley.api.rest.RestResource";
    private static final String BUNDLES = "(component.name=org.parley.system.internal.deploy.BundlesResource)";

    @TempDir
    Path root;

    private EmbeddedFelix start(EmbeddedFelix felix) throws Exception {
        Files.writeString(felix.confD.resolve("org.parley.system.Deploy.cfg"), "pollMillis=100\n");
        return felix.start();
    }

    @Test
    void aJarInstallsUpdatesInPlaceIsRolledBackAndRemovedAndACorruptOneIsRefused() throws Exception {
        try (EmbeddedFelix felix = start(new EmbeddedFelix(root))) {
            String uuid = felix.context().getProperty("org.osgi.framework.uuid");
            Path fixtureJar = felix.varLib.resolve("deploy/fixture.jar");

            TestJars.bundle(fixtureJar, FIXTURE, "1.0.0");
            Bundle installed = awaitVersion(felix, FIXTURE, "1.0.0");
            FakeAudit.Event install = felix.audit.of("bundle.install", FIXTURE).get(0);
            assertEquals("SUCCESS", install.outcome());
            assertEquals(sha256(fixtureJar), install.details().get("sha256"));

            TestJars.bundle(fixtureJar, FIXTURE, "1.0.1");
            Bundle updated = awaitVersion(felix, FIXTURE, "1.0.1");
            assertEquals(1, felix.bundles(FIXTURE).size(), "never a second copy");
            assertEquals(installed.getBundleId(), updated.getBundleId(), "updated in place");
            assertEquals(uuid, felix.context().getProperty("org.osgi.framework.uuid"), "same framework");
            FakeAudit.Event update = felix.awaitIn("the update's audit record",
                    () -> felix.audit.of("bundle.update", FIXTURE).stream().findFirst().orElse(null));
            assertEquals("1.0.0", update.details().get("previousVersion"));
            assertEquals(sha256(fixtureJar), update.details().get("sha256"));
            assertTrue(Files.isRegularFile(felix.varLib.resolve("backup/bundles/" + FIXTURE + "/1.0.0.jar")));

            Files.write(felix.varLib.resolve("deploy/corrupt.jar"), "not a jar at all".getBytes());
            FakeAudit.Event refused = felix.awaitIn("the corrupt jar to be refused",
                    () -> felix.audit.of("bundle.install", "corrupt.jar").stream().findFirst().orElse(null));
            assertEquals("FAILURE", refused.outcome());
            assertTrue(refused.details().get("reason").contains("is not a readable jar"), refused.details().toString());
            assertEquals(Bundle.ACTIVE, felix.bundle(FIXTURE).getState(), "everything else keeps running");
            TestJars.bundle(felix.varLib.resolve("deploy/other.jar"), "org.parley.testing.other", "2.0.0");
            awaitVersion(felix, "org.parley.testing.other", "2.0.0");
            assertEquals(1, felix.audit.of("bundle.install", "corrupt.jar").size(), "not retried while unchanged");

            Object control = felix.service(RESOURCES, BUNDLES);
            assertEquals("1.0.0", Reflect.call(Reflect.call(control, "rollback", FIXTURE, null, null), "version"));
            assertEquals("1.0.0", felix.bundle(FIXTURE).getVersion().toString());
            assertEquals("SUCCESS", felix.audit.of("bundle.rollback", FIXTURE).get(0).outcome());
            assertEquals("1.0.0", versionInside(fixtureJar), "the deploy folder now holds the rolled-back jar");
            assertEquals(409, assertThrows(Problem.class, () -> Reflect.call(control, "rollback", FIXTURE, null, null))
                    .status, "nothing older is kept");

            Files.delete(fixtureJar);
            felix.awaitIn("the removed jar's bundle to be uninstalled", () -> felix.bundles(FIXTURE).isEmpty());
            assertEquals("SUCCESS", felix.awaitIn("the uninstall's audit record",
                    () -> felix.audit.of("bundle.uninstall", FIXTURE).stream().findFirst().orElse(null)).outcome());
        }
    }

    @Test
    void coreBundlesCannotBeStoppedAndAreStartedAgainWhenSomethingStopsThem() throws Exception {
        try (EmbeddedFelix felix = start(new EmbeddedFelix(root))) {
            Object control = felix.service(RESOURCES, BUNDLES);
            Problem core = assertThrows(Problem.class,
                    () -> Reflect.call(control, "stop", "org.parley.api", null, null));
            assertEquals(409, core.status);
            assertTrue(core.getMessage().contains("org.parley.api"));
            assertEquals(Bundle.ACTIVE, felix.bundle("org.parley.api").getState());

            Object stopped = Reflect.call(control, "stop", "org.apache.felix.fileinstall", null, null);
            assertEquals("RESOLVED", Reflect.call(stopped, "state"));
            var stop = felix.audit.of("bundle.stop", "org.apache.felix.fileinstall").get(0);
            assertEquals("SUCCESS", stop.outcome());
            String location = felix.bundle("org.apache.felix.fileinstall").getLocation();
            Path fileInstallJar = Path.of(java.net.URI.create(location));
            assertEquals(sha256(fileInstallJar), stop.details().get("sha256"), "the stopped jar's SHA-256 is audited");
            Object started = Reflect.call(control, "start", "org.apache.felix.fileinstall", null, null);
            assertEquals("ACTIVE", Reflect.call(started, "state"));

            Bundle audit = felix.bundle("org.parley.audit");
            audit.stop();
            felix.awaitIn("the guard to start org.parley.audit again", () -> audit.getState() == Bundle.ACTIVE);
            FakeAudit.Event restarted = felix.awaitIn("the guard's audit record",
                    () -> felix.audit.of("bundle.start", "org.parley.audit").stream().findFirst().orElse(null));
            assertEquals("system", restarted.actor());
            assertTrue(((java.util.List<?>) Reflect.call(control, "list")).stream()
                    .anyMatch(b -> "org.parley.api".equals(Reflect.call(b, "symbolicName"))
                            && Boolean.TRUE.equals(Reflect.call(b, "core"))));
        }
    }

    @Test
    void anUpdatedPackagedBundleIsReappliedAfterAWipedCacheAndRevertsWhenItsJarIsRemoved() throws Exception {
        Path packagedJar = TestJars.bundle(Files.createDirectories(root.resolve("bundle")).resolve("packaged.jar"),
                PACKAGED, "1.0.0");
        try (EmbeddedFelix felix = new EmbeddedFelix(root)) {
            felix.packaged.add(packagedJar);
            start(felix);
            long id = awaitVersion(felix, PACKAGED, "1.0.0").getBundleId();
            Path deployJar = TestJars.bundle(felix.varLib.resolve("deploy/packaged-2.jar"), PACKAGED, "2.0.0");
            Bundle updated = awaitVersion(felix, PACKAGED, "2.0.0");
            assertEquals(id, updated.getBundleId());
            assertEquals(packagedJar.toUri().toString(), updated.getLocation(), "updated in place, not reinstalled");
            Object control = felix.service(RESOURCES, BUNDLES);
            assertTrue(((java.util.List<?>) Reflect.call(control, "list")).stream()
                    .anyMatch(b -> PACKAGED.equals(Reflect.call(b, "symbolicName"))
                            && "deploy".equals(Reflect.call(b, "source"))));

            felix.restartWithWipedCache();
            awaitVersion(felix, PACKAGED, "2.0.0");
            assertEquals(1, felix.bundles(PACKAGED).size());

            Files.delete(deployJar);
            awaitVersion(felix, PACKAGED, "1.0.0");
            FakeAudit.Event revert = felix.awaitIn("the revert's audit record",
                    () -> felix.audit.of("bundle.rollback", PACKAGED).stream().findFirst().orElse(null));
            assertEquals("SUCCESS", revert.outcome());
            assertEquals("1.0.0", revert.details().get("version"));
            assertFalse(felix.bundles(PACKAGED).isEmpty(), "a packaged bundle is never uninstalled");
        }
    }

    private static Bundle awaitVersion(EmbeddedFelix felix, String name, String version) throws Exception {
        return felix.awaitIn(name + " " + version + " active", () -> felix.bundles(name).stream()
                .filter(b -> b.getVersion().toString().equals(version) && b.getState() == Bundle.ACTIVE)
                .findFirst().orElse(null));
    }

    private static String versionInside(Path jar) throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Bundle-Version");
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

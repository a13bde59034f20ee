package org.parley.system.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.parley.system.it.Reflect.Problem;

/** Settings through the settings resource and through files, in a real Felix with SCR, ConfigAdmin and FileInstall. */
class SettingsIT {

    private static final String PID = "org.parley.system.Deploy";
    private static final String CONTROL = "org.parley.system.internal.deploy.BundleControl";
    private static final String HEALTH_FILTER = "(component.name=org.parley.system.internal.settings.FileProblems)";

    @TempDir
    Path root;

    @Test
    void restChangesAreValidatedFirstAuditedAndSurviveAWipedCache() throws Exception {
        try (EmbeddedFelix felix = new EmbeddedFelix(root).start()) {
            Object resource = settingsResource(felix);
            Object deploy = pid(Reflect.call(resource, "list"), PID);
            assertEquals("default", Reflect.call(deploy, "source"));
            Object poll = attribute(deploy, "pollMillis");
            assertEquals("Integer", Reflect.call(poll, "type"));
            assertEquals(2000, Reflect.call(poll, "defaultValue"));

            Problem notInteger = assertThrows(Problem.class, () -> patch(resource, PID, Map.of("pollMillis", "abc")));
            assertEquals(422, notInteger.status);
            assertEquals("pollMillis", notInteger.field);
            assertTrue(notInteger.getMessage().contains("pollMillis='abc' is not an integer"));
            assertEquals(422, assertThrows(Problem.class, () -> patch(resource, PID, Map.of("pollMillis", 5))).status,
                    "Metatype min=100");
            assertEquals("nope", assertThrows(Problem.class, () -> patch(resource, PID, Map.of("nope", 1))).field);
            assertEquals(404, assertThrows(Problem.class, () -> patch(resource, "org.parley.no.Such", Map.of("a", 1)))
                    .status);
            assertEquals("FAILURE", felix.audit.of("settings.change", PID).get(0).outcome());
            assertEquals(null, Reflect.call(pid(Reflect.call(resource, "list"), PID), "managedBy"));

            registerValidator(felix, "pollMillis", 60_000);
            Problem refusedByValidator = assertThrows(Problem.class,
                    () -> patch(resource, PID, Map.of("pollMillis", 90_000)));
            assertTrue(refusedByValidator.getMessage().contains("at most 60000"), refusedByValidator.getMessage());

            Object changed = patch(resource, PID, Map.of("pollMillis", 150));
            assertEquals("console", Reflect.call(changed, "source"));
            assertEquals(150, Reflect.call(attribute(changed, "pollMillis"), "value"));
            FakeAudit.Event success = felix.audit.of("settings.change", PID).stream()
                    .filter(e -> e.outcome().equals("SUCCESS")).findFirst().orElseThrow();
            assertEquals(Map.of("attributes", "pollMillis", "before.pollMillis", "(unset)", "after.pollMillis", "150"),
                    success.details());
            EmbeddedFelix.await("SCR to deliver pollMillis=150",
                    () -> Integer.valueOf(150).equals(felix.serviceProperty(CONTROL, "pollMillis")));

            Map<String, Map<String, Object>> group = new LinkedHashMap<>();
            group.put(PID, Map.of("pollMillis", 300));
            group.put("org.parley.no.Such", Map.of("a", 1));
            assertEquals(404, assertThrows(Problem.class, () -> Reflect.call(resource, "changeTogether", group, null,
                    null)).status);
            assertEquals(150, Reflect.call(attribute(Reflect.call(resource, "get", PID), "pollMillis"), "value"),
                    "a group with one bad PID changes nothing");

            felix.restartWithWipedCache();
            Object afterRestart = Reflect.call(settingsResource(felix), "get", PID);
            assertEquals("console", Reflect.call(afterRestart, "source"));
            assertEquals(150, Reflect.call(attribute(afterRestart, "pollMillis"), "value"));
            EmbeddedFelix.await("pollMillis=150 after the restart",
                    () -> Integer.valueOf(150).equals(felix.serviceProperty(CONTROL, "pollMillis")));
        }
    }

    @Test
    void aBadValueInAFileKeepsTheLastValidOneAcrossARestartAndHealthNamesIt() throws Exception {
        Path file = root.resolve("etc/conf.d/" + PID + ".cfg");
        try (EmbeddedFelix felix = new EmbeddedFelix(root)) {
            Files.writeString(file, "pollMillis=250\n");
            felix.start();
            felix.awaitIn("the file's pollMillis=250",
                    () -> Integer.valueOf(250).equals(toInt(felix.serviceProperty(CONTROL, "pollMillis"))));

            Files.writeString(file, "pollMillis=abc\n");
            String expected = "etc/conf.d/" + PID + ".cfg: pollMillis='abc' is not an integer; keeping 250";
            Object health = felix.service("org.parley.api.health.HealthCheck", HEALTH_FILTER);
            EmbeddedFelix.await("health to name the file", () -> Reflect.call(Reflect.call(health, "check"), "detail")
                    .equals(expected));
            assertEquals("WARN", Reflect.call(Reflect.call(health, "check"), "status").toString());
            assertEquals("settings", Reflect.call(health, "name"));
            assertEquals(250, toInt(felix.serviceProperty(CONTROL, "pollMillis")), "SCR got the last valid value");
            assertEquals(Bundle.ACTIVE, felix.bundle("org.parley.system").getState());

            Object resource = settingsResource(felix);
            Object view = Reflect.call(resource, "get", PID);
            assertEquals("file", Reflect.call(view, "source"));
            assertEquals("etc/conf.d/" + PID + ".cfg", Reflect.call(view, "managedBy"));
            assertEquals(List.of(expected), Reflect.call(view, "problems"));
            Problem readOnly = assertThrows(Problem.class, () -> patch(resource, PID, Map.of("pollMillis", 500)));
            assertEquals(409, readOnly.status);
            assertTrue(readOnly.getMessage().contains("etc/conf.d/" + PID + ".cfg"));

            felix.restartWithWipedCache();
            Object healthAfter = felix.service("org.parley.api.health.HealthCheck", HEALTH_FILTER);
            EmbeddedFelix.await("health to name the file after the restart",
                    () -> Reflect.call(Reflect.call(healthAfter, "check"), "detail").equals(expected));
            assertEquals(250, toInt(felix.serviceProperty(CONTROL, "pollMillis")));

            Files.writeString(file, "pollMillis=400\n");
            EmbeddedFelix.await("health to clear once the file is fixed",
                    () -> Reflect.call(Reflect.call(healthAfter, "check"), "status").toString().equals("UP"));
        }
    }

    private static Object settingsResource(EmbeddedFelix felix) throws Exception {
        return felix.service("org.parley.api.rest.RestResource",
                "(component.name=org.parley.system.internal.settings.SettingsResource)");
    }

    private static Object patch(Object resource, String pid, Map<String, Object> change) {
        return Reflect.call(resource, "change", pid, change, null, null);
    }

    private static Object pid(Object list, String pid) {
        return ((List<?>) list).stream().filter(p -> pid.equals(Reflect.call(p, "pid"))).findFirst()
                .orElseThrow(() -> new AssertionError(pid + " not listed in " + list));
    }

    private static Object attribute(Object pidSettings, String id) {
        return ((List<?>) Reflect.call(pidSettings, "attributes")).stream()
                .filter(a -> id.equals(Reflect.call(a, "id"))).findFirst().orElseThrow();
    }

    private static Integer toInt(Object value) {
        return value == null ? null : Integer.valueOf(value.toString());
    }

    /** A component's own validator, as a bundle would publish it: refuses the attribute above a maximum. */
    private static void registerValidator(EmbeddedFelix felix, String attribute, int max) throws Exception {
        Bundle api = felix.bundle("org.parley.api");
        Class<?> validatorType = api.loadClass("org.parley.api.settings.SettingsValidator");
        Class<?> problemType = api.loadClass("org.parley.api.settings.SettingsProblem");
        Object validator = Proxy.newProxyInstance(validatorType.getClassLoader(), new Class<?>[] {validatorType},
                (proxy, method, args) -> {
                    if (!method.getName().equals("validate")) {
                        return method.getName().equals("hashCode") ? 1 : method.getName().equals("equals")
                                ? proxy == args[0] : "validator";
                    }
                    Object value = ((Map<?, ?>) args[0]).get(attribute);
                    return value instanceof Integer i && i > max
                            ? List.of(problemType.getConstructor(String.class, String.class)
                                    .newInstance(attribute, attribute + " must be at most " + max))
                            : List.of();
                });
        Hashtable<String, Object> properties = new Hashtable<>(Map.of("parley.settings.pid", PID));
        felix.context().registerService(validatorType.getName(), validator, properties);
    }
}

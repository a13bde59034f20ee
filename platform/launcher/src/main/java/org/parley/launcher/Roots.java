package org.parley.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The appliance's directories. Each has a default relative to the home folder (the tree built from source) and
 * can be moved by a launcher environment variable, which is how the installed package points them at
 * {@code /etc/parley}, {@code /var/lib/parley}, {@code /var/cache/parley}, {@code /var/log/parley} and
 * {@code /run/parley}.
 */
record Roots(Path home, Path etc, Path varLib, Path cache, Path log, Path run) {

    static Roots from(Function<String, String> env) {
        Path home = path(env, "PARLEY_HOME", Path.of("").toAbsolutePath());
        return new Roots(home,
                path(env, "PARLEY_ETC", home.resolve("etc")),
                path(env, "PARLEY_VAR_LIB", home.resolve("var/lib")),
                path(env, "PARLEY_CACHE", home.resolve("var/cache")),
                path(env, "PARLEY_LOG", home.resolve("var/log")),
                path(env, "PARLEY_RUN", home.resolve("var/run")));
    }

    private static Path path(Function<String, String> env, String name, Path fallback) {
        String value = env.apply(name);
        return (value == null || value.isBlank() ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }

    /** The roots as the {@code parley.*} properties that config files and bundles read. */
    Map<String, String> asProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("parley.home", home.toString());
        properties.put("parley.etc", etc.toString());
        properties.put("parley.var.lib", varLib.toString());
        properties.put("parley.cache", cache.toString());
        properties.put("parley.log", log.toString());
        properties.put("parley.run", run.toString());
        return properties;
    }

    /** The state folders the appliance writes, created at start when missing. */
    Path[] writableFolders() {
        return new Path[] {etc.resolve("conf.d"), etc.resolve("secrets"), varLib.resolve("config"),
            varLib.resolve("db"), varLib.resolve("keys"), varLib.resolve("tls"), varLib.resolve("audit"),
            varLib.resolve("deploy"), varLib.resolve("backup"), cache, log, run};
    }
}

package org.parley.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code conf/config.properties} and replaces {@code ${name}} with the value of another property, a
 * {@code parley.*} root or a system property. An unknown name is a configuration error, not an empty string,
 * so a typo cannot silently point the database at the current directory.
 */
final class FrameworkProperties {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private FrameworkProperties() {
    }

    static Map<String, String> load(Path file, Map<String, String> roots) throws ConfigurationError {
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new ConfigurationError("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> known = new LinkedHashMap<>(roots);
        raw.stringPropertyNames().forEach(name -> known.putIfAbsent(name, raw.getProperty(name)));
        Map<String, String> resolved = new LinkedHashMap<>(roots);
        for (String name : raw.stringPropertyNames()) {
            resolved.put(name, substitute(file, name, raw.getProperty(name), known, 0));
        }
        return resolved;
    }

    private static String substitute(Path file, String name, String value, Map<String, String> known, int depth)
            throws ConfigurationError {
        if (depth > 10) {
            throw new ConfigurationError(file + ": property " + name + " refers to itself through ${...}");
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String ref = matcher.group(1);
            String replacement = known.containsKey(ref) ? known.get(ref) : System.getProperty(ref);
            if (replacement == null) {
                throw new ConfigurationError(file + ": property " + name + " uses ${" + ref + "}, which is not defined");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(substitute(file, ref, replacement, known, depth + 1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

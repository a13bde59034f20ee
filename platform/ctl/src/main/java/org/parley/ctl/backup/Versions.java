package org.parley.ctl.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Parley's installed version and the order of versions. The packages write {@code VERSION} into the program folder
 * (the package version, e.g. {@code 0.2.0}); a tree run from source has none and takes the version in the name of
 * its {@code bundle/org.parley.api-*.jar}. Versions compare as Debian's do (digits as numbers, {@code ~} before
 * anything), with Maven's {@code -SNAPSHOT} read as {@code ~dev}: {@code 0.1.0-SNAPSHOT < 0.1.0 < 0.1.1}.
 */
public final class Versions {

    private static final Pattern API_JAR = Pattern.compile("org\\.parley\\.api-(.+)\\.jar");

    private Versions() {
    }

    /** The version of the Parley installed in {@code home}, {@code "unknown"} when it cannot be told. */
    public static String installed(Path home) {
        try {
            Path file = home.resolve("VERSION");
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            try (Stream<Path> jars = Files.list(home.resolve("bundle"))) {
                return jars.map(jar -> API_JAR.matcher(jar.getFileName().toString())).filter(Matcher::matches)
                        .map(m -> m.group(1)).findFirst().orElse("unknown");
            }
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Negative, zero or positive as {@code a} is older than, the same as or newer than {@code b}. */
    public static int compare(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        int i = 0;
        int j = 0;
        while (i < x.length() || j < y.length()) {
            int ie = run(x, i, false);
            int je = run(y, j, false);
            int order = compareText(x.substring(i, ie), y.substring(j, je));
            if (order != 0) {
                return order;
            }
            i = ie;
            j = je;
            ie = run(x, i, true);
            je = run(y, j, true);
            String nx = x.substring(i, ie).replaceFirst("^0+", "");
            String ny = y.substring(j, je).replaceFirst("^0+", "");
            order = nx.length() != ny.length() ? Integer.compare(nx.length(), ny.length()) : nx.compareTo(ny);
            if (order != 0) {
                return order;
            }
            i = ie;
            j = je;
        }
        return 0;
    }

    private static String normalize(String version) {
        return version.strip().replace("-SNAPSHOT", "~dev").replace(".SNAPSHOT", "~dev");
    }

    private static int run(String s, int from, boolean digits) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    /** Debian's order of the non-digit parts: '~' first, then the end, then letters, then other characters. */
    private static int compareText(String a, String b) {
        for (int k = 0; k < Math.max(a.length(), b.length()); k++) {
            int order = Integer.compare(weight(a, k), weight(b, k));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static int weight(String s, int k) {
        if (k >= s.length()) {
            return 0;
        }
        char c = s.charAt(k);
        return c == '~' ? -1 : Character.isLetter(c) ? c : c + 256;
    }
}

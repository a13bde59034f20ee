import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which JDK modules the packaged bundle set cannot resolve without: every mandatory {@code Import-Package} of
 * the bundles that no bundle exports is a package the framework's system bundle must export, so the JDK module
 * holding it must be in the jlink runtime (Felix exports exactly the packages of the runtime's modules). Prints
 * one line per module (java.base left out) with the packages and bundles that need it.
 *
 * <p>Run with the JDK the runtime is linked from: {@code java packaging/tools/JdkModules.java DIST}, where DIST
 * is the distribution ({@code platform/target/parley}). Modules needed only at run time (service providers,
 * {@code sun.misc.Unsafe}, reflection) are not visible here; packaging/README.md lists them with the reason.
 */
public final class JdkModules {

    public static void main(String[] args) throws IOException {
        Path dist = Path.of(args.length > 0 ? args[0] : "platform/target/parley");
        Map<String, String> moduleOfPackage = jdkPackages();
        Set<String> exported = new TreeSet<>();
        Map<String, Set<String>> importers = new TreeMap<>();
        for (Path jar : bundles(dist)) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Attributes main = file.getManifest().getMainAttributes();
                exported.addAll(packages(main.getValue("Export-Package"), false));
                for (String name : packages(main.getValue("Import-Package"), true)) {
                    importers.computeIfAbsent(name, k -> new TreeSet<>()).add(jar.getFileName().toString());
                }
            }
        }
        Map<String, List<String>> why = new TreeMap<>();
        importers.forEach((name, jars) -> {
            String module = moduleOfPackage.get(name);
            if (module != null && !module.equals("java.base") && !exported.contains(name)) {
                why.computeIfAbsent(module, k -> new ArrayList<>()).add(name + " (" + firstOf(jars) + ")");
            }
        });
        why.forEach((module, reasons) -> System.out.println(module + ": " + String.join("; ", reasons)));
    }

    private static String firstOf(Set<String> jars) {
        List<String> names = jars.stream().map(j -> j.replaceAll("-[0-9][^-]*(-SNAPSHOT)?\\.jar$", "")).toList();
        return names.size() <= 2 ? String.join(", ", names) : names.get(0) + ", " + names.get(1) + ", …";
    }

    private static List<Path> bundles(Path dist) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String folder : List.of("boot", "bundle")) {
            try (Stream<Path> files = Files.list(dist.resolve(folder))) {
                files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jars::add);
            }
        }
        return jars;
    }

    private static Map<String, String> jdkPackages() {
        Map<String, String> owner = new TreeMap<>();
        for (ModuleReference module : ModuleFinder.ofSystem().findAll()) {
            String name = module.descriptor().name();
            module.descriptor().exports().forEach(e -> owner.putIfAbsent(e.source(), name));
        }
        return owner;
    }

    /** The package names of an OSGi package header; with {@code mandatoryOnly}, optional imports are left out. */
    static Set<String> packages(String header, boolean mandatoryOnly) {
        Set<String> names = new TreeSet<>();
        if (header == null) {
            return names;
        }
        for (String clause : splitOutsideQuotes(header, ',')) {
            List<String> parts = splitOutsideQuotes(clause, ';');
            if (mandatoryOnly && parts.stream().anyMatch(p -> p.replace(" ", "").equals("resolution:=optional"))) {
                continue;
            }
            parts.stream().map(String::trim).filter(p -> !p.contains("=") && !p.isEmpty()).forEach(names::add);
        }
        return names;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}

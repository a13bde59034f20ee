package org.parley.store.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scripts beside a class outside OSGi (plain JUnit, tools): in the class path directory or jar that the anchor
 * class was loaded from. Only that one entry is read, never the whole class path, so two modules' scripts for
 * the same owner name cannot mix.
 */
final class CodeSourceScriptFolders implements ScriptFolders {

    private final Path root;

    CodeSourceScriptFolders(Path root) {
        this.root = root;
    }

    /** The directory or jar that {@code anchor} was loaded from. */
    static CodeSourceScriptFolders of(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalArgumentException("cannot tell where " + anchor.getName() + " was loaded from");
        }
        try {
            return new CodeSourceScriptFolders(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("unusable class path entry " + source.getLocation(), e);
        }
    }

    @Override
    public List<ScriptResource> list(String folder) throws IOException {
        return Files.isDirectory(root) ? fromDirectory(folder) : fromJar(folder);
    }

    private List<ScriptResource> fromDirectory(String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".sql") && Files.isRegularFile(file))
                    .sorted()
                    .collect(Collectors.toList());
        }
        List<ScriptResource> scripts = new ArrayList<>();
        for (Path file : files) {
            String sql = Files.readString(file, StandardCharsets.UTF_8);
            scripts.add(new ScriptResource(folder + "/" + file.getFileName(), file.toString(), sql));
        }
        return scripts;
    }

    private List<ScriptResource> fromJar(String folder) throws IOException {
        String prefix = folder + "/";
        List<ScriptResource> scripts = new ArrayList<>();
        try (JarFile jar = new JarFile(root.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean direct = name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0;
                if (direct && name.endsWith(".sql") && !entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        scripts.add(new ScriptResource(name, root + "!/" + name, sql));
                    }
                }
            }
        }
        return scripts;
    }
}

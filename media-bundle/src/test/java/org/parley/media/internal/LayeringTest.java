package org.parley.media.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md rule 10: the media packages form layers — transport, ice, dtls, srtp, rtp/rtcp, sdp, pipeline,
 * forwarding, io (the sockets' sink), service (the DS components) — and a package never imports a later one. Read
 * from the sources' import lines (static ones and those of sub-packages included), so it holds before a class is
 * ever loaded.
 */
class LayeringTest {
    static final Path SOURCES = Path.of("src/main/java/org/parley/media/internal");
    static final String ROOT = "org.parley.media.internal.";
    static final Map<String, Integer> LAYERS = Map.ofEntries(Map.entry("transport", 0),
            Map.entry("ice", 1), Map.entry("dtls", 2), Map.entry("srtp", 3), Map.entry("rtp", 4), Map.entry("rtcp", 4),
            Map.entry("sdp", 5), Map.entry("pipeline", 6), Map.entry("forwarding", 7), Map.entry("io", 8),
            Map.entry("service", 9));
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?" + Pattern.quote(ROOT) + "(\\w+)", Pattern.MULTILINE);

    @Test
    void noPackageImportsALaterLayer() throws IOException {
        assertTrue(Files.isDirectory(SOURCES.resolve("transport")), "run from the module directory");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                violations.addAll(violations(file));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckCatchesAnUpwardImport() {
        assertEquals(List.of("x.java (rtp) imports sdp"),
                violations("x.java", "rtp", "package a;\nimport org.parley.media.internal.sdp.SdpOffer;\n"));
        assertEquals(List.of(), violations("y.java", "rtp", "import org.parley.media.internal.rtcp.Nack;\n"));
        assertEquals(List.of("z.java (widgets) is not a known layer"), violations("z.java", "widgets", ""));
    }

    private static List<String> violations(Path file) throws IOException {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
            return List.of();
        }
        return violations(relative.toString(), relative.getName(0).toString(), Files.readString(file));
    }

    static List<String> violations(String file, String layer, String source) {
        Integer own = LAYERS.get(layer);
        if (own == null) {
            return List.of(file + " (" + layer + ") is not a known layer");
        }
        List<String> found = new ArrayList<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            Integer imported = LAYERS.get(imports.group(1));
            if (imported != null && imported > own) {
                found.add(file + " (" + layer + ") imports " + imports.group(1));
            }
        }
        return found;
    }
}

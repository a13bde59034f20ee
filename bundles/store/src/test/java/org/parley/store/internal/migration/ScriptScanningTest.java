package org.parley.store.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.api.Database.Vendor;

class ScriptScanningTest {

    private static final Map<String, String> LAYOUT = Map.of(
            "db/migration/shop/common/V1__orders.sql", "CREATE TABLE orders (id INT);",
            "db/migration/shop/common/V2__lines.sql", "CREATE TABLE lines (id INT);",
            "db/migration/shop/common/README.txt", "not a script",
            "db/migration/shop/common/nested/V9__deeper.sql", "not in this folder",
            "db/migration/shop/derby/V2__lines.sql", "CREATE TABLE lines (id INT, d BLOB);",
            "db/migration/shop/postgresql/V3__pg_only.sql", "CREATE INDEX x ON lines (id);",
            "db/migration/other/common/V1__other.sql", "CREATE TABLE other (id INT);");

    @TempDir
    Path temp;

    @Test
    void directoryListsOnlyTheFolderSqlFiles() throws IOException {
        CodeSourceScriptFolders folders = new CodeSourceScriptFolders(writeTree(temp.resolve("classes")));

        assertEquals(List.of("V1__orders.sql", "V2__lines.sql"), names(folders.list("db/migration/shop/common")));
        assertEquals(List.of(), folders.list("db/migration/missing/common"));
    }

    @Test
    void jarListsTheSameAsTheDirectory() throws IOException {
        CodeSourceScriptFolders dir = new CodeSourceScriptFolders(writeTree(temp.resolve("classes")));
        CodeSourceScriptFolders jar = new CodeSourceScriptFolders(writeJar(temp.resolve("owner.jar")));

        for (String folder : List.of("db/migration/shop/common", "db/migration/shop/derby", "db/migration/x/common")) {
            assertEquals(names(dir.list(folder)), names(jar.list(folder)).stream().sorted().toList(), folder);
        }
        ScriptResource fromJar = jar.list("db/migration/shop/postgresql").get(0);
        assertEquals("db/migration/shop/postgresql/V3__pg_only.sql", fromJar.getRelativePath());
        assertEquals("CREATE INDEX x ON lines (id);", text(fromJar));
    }

    @Test
    void vendorScriptReplacesTheCommonOneOfTheSameName() throws IOException {
        CodeSourceScriptFolders folders = new CodeSourceScriptFolders(writeTree(temp.resolve("classes")));

        OwnerScripts derby = ScriptLocator.scripts(folders, "shop", Vendor.DERBY);
        OwnerScripts postgres = ScriptLocator.scripts(folders, "shop", Vendor.POSTGRESQL);

        assertEquals("CREATE TABLE lines (id INT, d BLOB);", text(derby.getResource("V2__lines.sql")));
        assertEquals(List.of("V1__orders.sql", "V2__lines.sql"), names(derby.getResources("V", ".sql")));
        assertEquals("CREATE TABLE lines (id INT);", text(postgres.getResource("V2__lines.sql")));
        assertEquals(List.of("V1__orders.sql", "V2__lines.sql", "V3__pg_only.sql"),
                names(postgres.getResources("V", ".sql")));
    }

    @Test
    void providerFiltersByPrefixAndSuffixLikeFlywayExpects() throws IOException {
        CodeSourceScriptFolders folders = new CodeSourceScriptFolders(writeTree(temp.resolve("classes")));
        OwnerScripts scripts = ScriptLocator.scripts(folders, "shop", Vendor.POSTGRESQL);

        assertEquals(List.of(), names(scripts.getResources("R", ".sql")));
        assertEquals(List.of(), names(scripts.getResources("V", ".xml")));
        assertEquals(3, scripts.getResources("", ".sql").size());
        assertNull(scripts.getResource("V7__absent.sql"));
        assertTrue(ScriptLocator.scripts(folders, "nobody", Vendor.DERBY).isEmpty());
    }

    @Test
    void anchorOutsideOsgiReadsItsOwnClassPathEntry() throws IOException {
        ScriptFolders folders = ScriptLocator.foldersOf(ScriptScanningTest.class);

        OwnerScripts demo = ScriptLocator.scripts(folders, "demo", Vendor.DERBY);

        assertEquals(List.of("V1__items.sql", "V2__item_note.sql", "V3__item_payload.sql"),
                names(demo.getResources("V", ".sql")));
        assertTrue(text(demo.getResource("V3__item_payload.sql")).contains("BLOB"));
    }

    private static Path writeTree(Path root) throws IOException {
        for (Map.Entry<String, String> file : LAYOUT.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return root;
    }

    private static Path writeJar(Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> file : LAYOUT.entrySet()) {
                out.putNextEntry(new JarEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> names(Collection<? extends LoadableResource> scripts) {
        return scripts.stream().map(LoadableResource::getFilename).collect(Collectors.toList());
    }

    private static String text(LoadableResource script) {
        try (Reader reader = script.read()) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

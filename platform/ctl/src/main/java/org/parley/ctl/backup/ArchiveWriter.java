package org.parley.ctl.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the zip stream inside a backup: {@code manifest.json} first, then every folder and file of the sources.
 * Two passes: the first lists and hashes the files for the manifest, the second writes them and hashes again, so a
 * file that changed in between fails the backup instead of making one that a restore would reject.
 */
final class ArchiveWriter {

    /** Lenient on fields it does not know, so that a newer manifest still reads far enough to name its version. */
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A folder (or a single file) to back up under an archive name; a root that does not exist is skipped. */
    record Source(String name, Path root) {
    }

    private ArchiveWriter() {
    }

    /** The entries of every source, folders before what they hold, files hashed. */
    static List<BackupManifest.Entry> scan(List<Source> sources) throws IOException {
        List<BackupManifest.Entry> entries = new ArrayList<>();
        for (Source source : sources) {
            if (Files.isRegularFile(source.root(), LinkOption.NOFOLLOW_LINKS)) {
                entries.add(FileAttributes.describe(source.name(), source.root(), Files.size(source.root()),
                        Digests.sha256(source.root())));
                continue;
            }
            if (!Files.isDirectory(source.root())) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(source.root())) {
                for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
                    String name = nameOf(source, path);
                    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        entries.add(FileAttributes.describe(name, path, 0, ""));
                    } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                        entries.add(FileAttributes.describe(name, path, Files.size(path), Digests.sha256(path)));
                    }
                }
            }
        }
        return entries;
    }

    /** Writes the manifest and then each entry's content from {@code sources}; closes nothing. */
    static void write(OutputStream out, BackupManifest manifest, List<Source> sources) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        for (BackupManifest.Entry entry : manifest.entries()) {
            if (entry.directory()) {
                zip.putNextEntry(new ZipEntry(entry.path() + "/"));
                zip.closeEntry();
                continue;
            }
            zip.putNextEntry(new ZipEntry(entry.path()));
            try (InputStream in = Files.newInputStream(pathOf(sources, entry.path()))) {
                if (!Digests.copyMatches(in, zip, entry)) {
                    throw new IOException(entry.path() + " changed while it was being backed up: run the backup"
                            + " again");
                }
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    private static String nameOf(Source source, Path path) {
        String relative = source.root().relativize(path).toString();
        return relative.isEmpty() ? source.name() : source.name() + "/" + relative;
    }

    private static Path pathOf(List<Source> sources, String name) throws IOException {
        for (Source source : sources) {
            if (name.equals(source.name())) {
                return source.root(); // a single file, such as etc/default/parley
            }
            if (name.startsWith(source.name() + "/")) {
                return source.root().resolve(name.substring(source.name().length() + 1));
            }
        }
        throw new IOException("no source for " + name);
    }
}

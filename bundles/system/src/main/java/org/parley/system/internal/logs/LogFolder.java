package org.parley.system.internal.logs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files directly inside the log folder ({@code parley.log}): nothing in sub-folders, no hidden files, no
 * symbolic links, and a requested name is only ever looked up among them, so no path can leave the folder.
 */
final class LogFolder {

    /** A plain file name: no separators, no leading dot (so neither {@code ..} nor hidden files). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,200}");

    private final Path root;

    LogFolder(Path root) {
        this.root = root;
    }

    List<LogFile> list() throws IOException {
        List<LogFile> files = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (NAME.matcher(entry.getFileName().toString()).matches()
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(new LogFile(entry.getFileName().toString(), Files.size(entry),
                            Files.getLastModifiedTime(entry).toInstant()));
                }
            }
        }
        files.sort(Comparator.comparing(LogFile::modified).reversed());
        return files;
    }

    /** The file of that name, if it is one of {@link #list()}'s. */
    Optional<Path> find(String name) throws IOException {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        for (LogFile file : list()) {
            if (file.name().equals(name)) {
                return Optional.of(root.resolve(file.name()));
            }
        }
        return Optional.empty();
    }
}

package org.parley.ctl.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the zip stream inside a backup into a staging folder and checks it against its manifest: every file has its
 * size and SHA-256, nothing is missing, nothing is extra, no name leaves the staging folder or the layout. Read the
 * {@link #manifest()} first (to refuse early, e.g. a newer version), then {@link #extractTo}.
 */
final class ArchiveReader {

    private static final int MAX_MANIFEST = 64 << 20;

    private final InputStream plain;
    private final ZipInputStream zip;
    private final String file;
    private BackupManifest manifest;

    ArchiveReader(InputStream plain, String file) {
        this.plain = plain;
        this.zip = new ZipInputStream(plain);
        this.file = file;
    }

    BackupManifest manifest() throws IOException {
        if (manifest == null) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals(BackupManifest.NAME)) {
                throw damaged("it has no manifest.json first");
            }
            byte[] json = zip.readNBytes(MAX_MANIFEST);
            try {
                manifest = ArchiveWriter.JSON.readValue(json, BackupManifest.class);
            } catch (IOException e) {
                throw damaged("its manifest.json cannot be read (" + e.getMessage() + ")");
            }
        }
        return manifest;
    }

    /** Extracts and verifies everything, then reads the sealed stream to its end (which checks its last chunk). */
    void extractTo(Path staging, List<BackupLayout> layout) throws IOException {
        Map<String, BackupManifest.Entry> expected = new HashMap<>();
        for (BackupManifest.Entry entry : manifest().entries()) {
            checkName(entry.path(), layout);
            expected.put(entry.path(), entry);
        }
        try {
            for (ZipEntry zipEntry = zip.getNextEntry(); zipEntry != null; zipEntry = zip.getNextEntry()) {
                String name = zipEntry.getName().replaceFirst("/$", "");
                BackupManifest.Entry entry = expected.remove(name);
                if (entry == null || entry.directory() != zipEntry.isDirectory()) {
                    throw damaged("it holds " + name + ", which its manifest does not list");
                }
                Path target = staging.resolve(name);
                if (entry.directory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copyChecked(entry, target);
                }
            }
        } catch (ZipException e) {
            throw damaged("its content is not a valid zip stream (" + e.getMessage() + ")");
        }
        if (!expected.isEmpty()) {
            throw damaged("its manifest lists " + expected.size() + " entries it does not hold, e.g. "
                    + expected.keySet().iterator().next());
        }
        plain.transferTo(OutputStream.nullOutputStream());
    }

    private void copyChecked(BackupManifest.Entry entry, Path target) throws IOException {
        boolean matches;
        try (OutputStream out = Files.newOutputStream(target)) {
            matches = Digests.copyMatches(zip, out, entry);
        }
        if (!matches) {
            throw damaged(entry.path() + " does not match the SHA-256 of its manifest");
        }
    }

    private void checkName(String name, List<BackupLayout> layout) throws BackupFileException {
        boolean safe = !name.isEmpty() && !name.startsWith("/") && !name.contains("\\")
                && List.of(name.split("/")).stream().noneMatch(part -> part.isEmpty() || part.equals("..")
                        || part.equals("."));
        if (!safe || BackupLayout.owning(layout, name) == null) {
            throw damaged("its manifest names " + name + ", outside what a backup holds");
        }
    }

    private BackupFileException damaged(String what) {
        return new BackupFileException(file + " is not a valid Parley backup: " + what);
    }
}

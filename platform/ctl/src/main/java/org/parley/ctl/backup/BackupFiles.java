package org.parley.ctl.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Whole backup files: {@link #write} seals a manifest and its sources into one file (written beside it under a
 * temporary name, mode 0600, and renamed when complete, so a crash never leaves a file that looks finished);
 * {@link #extract} opens one, checks everything into a staging folder and returns its manifest.
 */
public final class BackupFiles {

    private BackupFiles() {
    }

    /** Seals {@code manifest} and the content of {@code sources} into {@code file}. */
    static void write(Path file, BackupSecret secret, Kdf kdf, BackupManifest manifest,
            List<ArchiveWriter.Source> sources) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            try (OutputStream out = new SealedOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)),
                    secret, kdf)) {
                ArchiveWriter.write(out, manifest, sources);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The manifest alone, after the header and the secret are checked (reads only the file's beginning). */
    public static BackupManifest manifest(Path file, BackupSecret secret) throws IOException {
        try (InputStream in = open(file, secret)) {
            return new ArchiveReader(in, file.toString()).manifest();
        }
    }

    /**
     * Decrypts and checks the whole file into {@code staging} (every chunk's tag, every file's SHA-256, the last
     * chunk); {@code check} may refuse the manifest before anything is extracted.
     */
    public static BackupManifest extract(Path file, BackupSecret secret, Path staging, List<BackupLayout> layout,
            ManifestCheck check) throws IOException {
        try (InputStream in = open(file, secret)) {
            ArchiveReader reader = new ArchiveReader(in, file.toString());
            check.accept(reader.manifest());
            reader.extractTo(staging, layout);
            return reader.manifest();
        }
    }

    /**
     * Re-seals a checked backup with another manifest (same content): tests make a backup "from a newer Parley".
     */
    public static void reseal(Path from, Path to, BackupSecret secret, Path staging, List<BackupLayout> layout,
            java.util.function.UnaryOperator<BackupManifest> change) throws IOException {
        BackupManifest manifest = extract(from, secret, staging, layout, m -> { });
        List<ArchiveWriter.Source> sources = layout.stream()
                .map(folder -> new ArchiveWriter.Source(folder.name(), staging.resolve(folder.name()))).toList();
        write(to, secret, secret.passphrase() ? Kdf.forPassphrase() : Kdf.keyFile(), change.apply(manifest), sources);
    }

    private static InputStream open(Path file, BackupSecret secret) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BackupFileException("no backup file at " + file);
        }
        return new SealedInputStream(new BufferedInputStream(Files.newInputStream(file)), file.toString(), secret);
    }

    /** A check of the manifest before extraction. */
    @FunctionalInterface
    public interface ManifestCheck {
        void accept(BackupManifest manifest) throws BackupFileException;
    }
}

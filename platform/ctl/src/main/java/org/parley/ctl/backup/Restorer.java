package org.parley.ctl.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Puts a checked backup in place: for each folder of the layout the backup holds, what is there now moves to
 * {@code replaced/<name>/} and the staged content takes its place, then every file and folder gets the mode and
 * owner of the manifest. A layout entry that is one file is kept and replaced the same way. Folders the backup does
 * not hold are left as they are.
 */
final class Restorer {

    private Restorer() {
    }

    /** Returns how many entries were put in place. */
    static int replace(List<BackupLayout> layout, BackupManifest manifest, Path staging, Path replaced)
            throws IOException {
        int restored = 0;
        for (BackupLayout folder : layout) {
            List<BackupManifest.Entry> entries = manifest.entries().stream()
                    .filter(entry -> BackupLayout.owning(List.of(folder), entry.path()) != null).toList();
            if (entries.isEmpty()) {
                continue;
            }
            Path staged = staging.resolve(folder.name());
            if (Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) {
                restored += replaceFile(folder, entries.get(0), staged, replaced);
                continue;
            }
            Files.createDirectories(folder.live());
            for (Path child : Trees.children(folder.live())) {
                Trees.move(child, replaced.resolve(folder.name()).resolve(child.getFileName().toString()));
            }
            for (Path child : Trees.children(staging.resolve(folder.name()))) {
                Trees.move(child, folder.live().resolve(child.getFileName().toString()));
            }
            for (BackupManifest.Entry entry : entries) {
                String relative = entry.path().substring(folder.name().length()).replaceFirst("^/", "");
                FileAttributes.apply(relative.isEmpty() ? folder.live() : folder.live().resolve(relative), entry);
                restored++;
            }
        }
        return restored;
    }

    /** A layout entry that is one file (the unit's environment file): the file now there is kept, then replaced. */
    private static int replaceFile(BackupLayout file, BackupManifest.Entry entry, Path staged, Path replaced)
            throws IOException {
        if (Files.exists(file.live(), LinkOption.NOFOLLOW_LINKS)) {
            Trees.move(file.live(), replaced.resolve(file.name()));
        }
        Trees.move(staged, file.live());
        FileAttributes.apply(file.live(), entry);
        return 1;
    }
}

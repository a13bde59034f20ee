package org.parley.ctl.backup;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;

/** Modes and owners recorded in a backup's manifest and put back by a restore. */
final class FileAttributes {

    private FileAttributes() {
    }

    static BackupManifest.Entry describe(String name, Path path, long size, String sha256) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        return new BackupManifest.Entry(name, attributes.isDirectory(), size, sha256,
                PosixFilePermissions.toString(attributes.permissions()), attributes.owner().getName(),
                attributes.group().getName());
    }

    /**
     * Gives {@code path} the entry's mode and, when those names exist on this machine, its owner and group (a user
     * that does not exist here, e.g. a backup from a machine with other users, leaves the owner as it is).
     */
    static void apply(Path path, BackupManifest.Entry entry) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        try {
            if (!entry.owner().isEmpty()) {
                view.setOwner(users.lookupPrincipalByName(entry.owner()));
            }
            if (!entry.group().isEmpty()) {
                GroupPrincipal group = users.lookupPrincipalByGroupName(entry.group());
                view.setGroup(group);
            }
        } catch (UserPrincipalNotFoundException e) {
            // Not on this machine: keep the owner the restore gave it.
        } catch (FileSystemException e) {
            // Not root (a test): only root may give files away; the mode below still applies.
        }
        view.setPermissions(PosixFilePermissions.fromString(entry.mode()));
    }
}

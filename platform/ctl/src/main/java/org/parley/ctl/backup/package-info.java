/**
 * {@code parleyctl backup} and {@code parleyctl restore}: one encrypted file holding the database (an online copy
 * made by the service, or the folder itself when Parley is stopped), the keys, certificates and settings.
 *
 * <p>Layers, outermost first: {@link org.parley.ctl.backup.SealedOutputStream} / {@link
 * org.parley.ctl.backup.SealedInputStream} (a header, then AES-256-GCM chunks whose index and "last" flag are
 * authenticated, so truncation, reordering and appended data are detected); a zip stream whose first entry is
 * {@code manifest.json} ({@link org.parley.ctl.backup.BackupManifest}: versions, and every file with its SHA-256, mode
 * and owner); the files under the names of {@link org.parley.ctl.backup.BackupLayout}.
 */
package org.parley.ctl.backup;

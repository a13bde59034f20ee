package org.parley.system.internal.deploy;

/**
 * An accepted upload as {@code POST /api/v1/system/bundles} answers it (202: the watcher installs or updates it on
 * its next scan).
 *
 * @param sha256 hex SHA-256 of the jar, as in the audit trail
 * @param signer subject of the trusted certificate that signed it
 * @param file its name in {@code var/lib/deploy}
 */
public record UploadedBundle(String symbolicName, String version, String sha256, String signer, String file) {
}

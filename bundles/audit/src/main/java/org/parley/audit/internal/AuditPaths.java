package org.parley.audit.internal;

import java.nio.file.Path;

/**
 * Where audit keeps files outside the database.
 *
 * @param keys folder of the checkpoint signing key pair ({@code ${parley.var.lib}/keys})
 * @param checkpointFile the append-only checkpoint copy ({@code ${parley.var.lib}/audit/checkpoints.jsonl})
 * @param auditLog the JSON-lines stream ({@code ${parley.log}/audit.log})
 */
public record AuditPaths(Path keys, Path checkpointFile, Path auditLog) {

    /** The layout under the appliance's {@code var/lib} and log roots. */
    public static AuditPaths under(Path varLib, Path logDir) {
        return new AuditPaths(varLib.resolve("keys"), varLib.resolve("audit").resolve("checkpoints.jsonl"),
                logDir.resolve("audit.log"));
    }
}

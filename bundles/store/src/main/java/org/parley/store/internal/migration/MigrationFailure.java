package org.parley.store.internal.migration;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.parley.store.api.MigrationException;

/**
 * Turns Flyway's multi-line failure reports into one sentence a person can act on: the owner, the script (and line)
 * and the database's own reason, then which schema version is left in place.
 */
final class MigrationFailure {

    private MigrationFailure() {
    }

    /**
     * @param versionNow the owner's schema version after the failure, {@code ""} for none, {@code null} if unknown
     */
    static MigrationException describe(String owner, FlywayException failure, String versionNow) {
        StringBuilder message = new StringBuilder("migration of '").append(owner).append("' failed");
        String script = scriptOf(failure);
        if (script != null) {
            message.append(" in ").append(script);
        }
        FlywaySqlScriptException scriptFailure = find(failure, FlywaySqlScriptException.class);
        if (scriptFailure != null && scriptFailure.getLineNumber() > 0) {
            message.append(" at line ").append(scriptFailure.getLineNumber());
        }
        message.append(": ").append(reason(failure));
        if (versionNow != null) {
            message.append(versionNow.isEmpty() ? "; no migration of it is applied"
                    : "; its schema stays at version " + versionNow);
        }
        return new MigrationException(message.toString(), failure);
    }

    private static String scriptOf(FlywayException failure) {
        FlywayMigrateException migrate = find(failure, FlywayMigrateException.class);
        if (migrate != null && migrate.getMigration() != null && migrate.getMigration().getScript() != null) {
            return fileName(migrate.getMigration().getScript());
        }
        FlywaySqlScriptException script = find(failure, FlywaySqlScriptException.class);
        if (script != null && script.getResource() != null) {
            return script.getResource().getFilename();
        }
        return null;
    }

    private static String reason(FlywayException failure) {
        SQLException sql = find(failure, SQLException.class);
        if (sql != null) {
            String state = sql.getSQLState() == null ? "" : " (SQL state " + sql.getSQLState() + ")";
            return oneLine(sql.getMessage()) + state;
        }
        return oneLine(failure.getMessage());
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "no reason given";
        }
        return text.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll(" {2,}", " ");
    }
}

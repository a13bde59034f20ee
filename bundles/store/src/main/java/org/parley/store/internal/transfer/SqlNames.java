package org.parley.store.internal.transfer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Table and column names as the copy writes them into SQL: unquoted, so that Derby (which folds them to upper
 * case) and PostgreSQL (lower case) both find the tables the migrations created. Anything else is refused rather
 * than quoted, because migrations in this code base only create plain names.
 */
final class SqlNames {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    static final String HISTORY_SUFFIX = "_schema_history";

    private SqlNames() {
    }

    /** The lower-case form of a name read from metadata, or an exception when it is not a plain identifier. */
    static String check(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!PLAIN.matcher(lower).matches()) {
            throw new IllegalArgumentException("table or column name '" + name + "' is not a plain SQL identifier;"
                    + " the copy only handles plain names");
        }
        return lower;
    }

    /** Whether the table is a migration history, which the target's own migrations write. */
    static boolean isHistory(String table) {
        return table.toLowerCase(Locale.ROOT).endsWith(HISTORY_SUFFIX);
    }
}

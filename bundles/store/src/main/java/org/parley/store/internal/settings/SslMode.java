package org.parley.store.internal.settings;

import java.util.Locale;
import java.util.Optional;

/** How the connection to PostgreSQL is protected; the names are libpq's {@code sslmode} values. */
public enum SslMode {
    DISABLE("disable"),
    REQUIRE("require"),
    VERIFY_FULL("verify-full");

    private final String libpqName;

    SslMode(String libpqName) {
        this.libpqName = libpqName;
    }

    /** The value PostgreSQL's drivers understand, e.g. {@code verify-full}. */
    public String libpqName() {
        return libpqName;
    }

    static Optional<SslMode> parse(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (SslMode mode : values()) {
            if (mode.libpqName.equals(wanted)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}

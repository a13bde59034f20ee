package org.parley.auth.internal.account;

import java.util.Locale;
import java.util.Optional;

/** The roles an account can hold. Guests have no account. */
public enum Role {
    /** Everything. */
    ADMIN,
    /** Reads the audit trail, settings, system and health; changes nothing. */
    AUDITOR,
    /** Creates and runs meetings. */
    HOST,
    /** Joins internal meetings. */
    MEMBER;

    /** The name used in the database, REST and settings: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

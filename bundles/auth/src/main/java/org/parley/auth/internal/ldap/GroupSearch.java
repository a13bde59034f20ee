package org.parley.auth.internal.ldap;

import java.util.Locale;
import java.util.Optional;

/** How a user's groups are read from the directory. */
enum GroupSearch {
    /** The user entry's {@code memberOf} values (OpenLDAP memberof overlay, Active Directory; direct groups). */
    MEMBER_OF("memberOf"),
    /** Groups under the group base whose {@code member} holds the user's DN (groupOfNames; direct groups). */
    MEMBER("member"),
    /** Active Directory's transitive membership rule {@code LDAP_MATCHING_RULE_IN_CHAIN}: nested groups too. */
    NESTED("nested");

    /** Active Directory's LDAP_MATCHING_RULE_IN_CHAIN: matches through every level of group nesting. */
    static final String IN_CHAIN_RULE = "1.2.840.113556.1.4.1941";

    private final String id;

    GroupSearch(String id) {
        this.id = id;
    }

    /** The value used in the settings. */
    String id() {
        return id;
    }

    static Optional<GroupSearch> parse(String value) {
        for (GroupSearch mode : values()) {
            if (mode.id.toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}

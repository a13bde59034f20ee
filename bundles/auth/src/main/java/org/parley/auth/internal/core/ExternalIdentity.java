package org.parley.auth.internal.core;

import java.util.Objects;
import java.util.Set;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Role;

/**
 * Who a realm outside Parley (the LDAP directory, a SAML IdP) vouches for.
 *
 * @param realm {@code ldap} or {@code saml-<idp id>}, at most 32 characters
 * @param externalId the stable id in that realm (LDAP: entryUUID or objectGUID, else the DN; SAML: the NameID)
 * @param username the lower-case name shown in Parley
 * @param roles never empty: a user in no mapped group is refused by the realm
 */
public record ExternalIdentity(String realm, String externalId, String username, String displayName, String email,
        Set<Role> roles) {

    public static final int MAX_REALM_LENGTH = 32;

    public ExternalIdentity {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(username, "username");
        if (realm.isEmpty() || realm.length() > MAX_REALM_LENGTH || realm.equals(Account.LOCAL)) {
            throw new IllegalArgumentException("not an outside realm: " + realm);
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an outside identity needs at least one role");
        }
        roles = Set.copyOf(roles);
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        email = email == null ? "" : email.strip();
    }
}

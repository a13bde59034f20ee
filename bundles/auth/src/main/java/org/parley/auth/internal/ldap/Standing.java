package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.DN;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.ExternalIdentity;

/** What the directory says about one user now: disabled or not, the groups, the roles they map to. */
record Standing(DirectoryUser user, boolean disabled, List<DN> groups, Set<Role> roles) {

    static final String REALM = "ldap";

    Standing {
        groups = List.copyOf(groups);
        roles = Set.copyOf(roles);
    }

    /** Why the directory does not vouch for the user, or empty when it does. */
    Optional<String> refusal() {
        if (disabled) {
            return Optional.of("disabled in the directory");
        }
        return roles.isEmpty() ? Optional.of("in no mapped group") : Optional.empty();
    }

    /** The identity to sign in; only when {@link #refusal()} is empty. */
    ExternalIdentity identity() {
        return new ExternalIdentity(REALM, user.externalId(), user.username(), user.displayName(), user.email(),
                roles);
    }
}

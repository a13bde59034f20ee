package org.parley.auth.internal.core;

import java.util.Optional;

/**
 * A realm that checks a user name and password itself (the LDAP directory). Its component publishes it as an OSGi
 * service; {@link AuthCore} takes it when present. {@link SignIn} asks it only when no local account has the name,
 * and does the brute-force guard, the second factor and the audit itself.
 */
public interface PasswordRealm {

    /**
     * The identity the realm vouches for after checking the password; empty when the user is not in this realm
     * (answered like an unknown user).
     *
     * @throws RealmException refused (wrong password, disabled, no mapped group) or unavailable (cannot be reached)
     */
    Optional<ExternalIdentity> authenticate(String username, String password);
}

package org.parley.auth.internal.settings;

import java.util.Set;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Role;

/**
 * Which accounts must enrol a second factor, and the issuer name authenticator apps show.
 *
 * @param requiredForRoles an account holding any of these roles must enrol TOTP
 */
public record MfaPolicy(Set<Role> requiredForRoles, String issuer) {

    public static final MfaPolicy DEFAULTS = new MfaPolicy(Set.of(Role.ADMIN, Role.AUDITOR), "Parley");

    public MfaPolicy {
        requiredForRoles = Set.copyOf(requiredForRoles);
    }

    /**
     * Whether the account still has to enrol: flagged so, or required by its roles and not enrolled. Never for a
     * single sign-on account: its identity provider does the second factor.
     */
    public boolean enrolmentDue(Account account) {
        if (account.mfaEnrolled() || account.isSingleSignOn()) {
            return false;
        }
        return account.mfaEnrolmentRequired() || account.roles().stream().anyMatch(requiredForRoles::contains);
    }
}

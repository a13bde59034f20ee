package org.parley.auth.internal.account;

import java.util.Set;

/**
 * One account as stored. Secrets (password hash, TOTP secrets) stay inside the auth bundle and are never part of a
 * REST body or an audit record.
 *
 * @param id stable id (UUID)
 * @param realm {@code local} for accounts kept here; directories and SSO add theirs
 * @param externalId the id in its realm (the user name for {@code local})
 * @param totpSecret Base32 secret of the enrolled TOTP, or null
 * @param totpPendingSecret Base32 secret offered at enrolment and not yet confirmed, or null
 * @param totpLastStep the last TOTP step accepted (codes at or before it are refused)
 */
public record Account(String id, String realm, String externalId, String username, String displayName, String email,
        Set<Role> roles, boolean disabled, String passwordHash, boolean passwordChangeRequired,
        boolean mfaEnrolmentRequired, String totpSecret, String totpPendingSecret, long totpLastStep,
        long createdAt) {

    public static final String LOCAL = "local";
    /** Realms of SAML identity providers are named {@code saml-<idp id>}. */
    public static final String SAML_REALM_PREFIX = "saml-";

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean mfaEnrolled() {
        return totpSecret != null;
    }

    /** Whether Parley keeps the password (else the directory or the IdP does). */
    public boolean isLocal() {
        return LOCAL.equals(realm);
    }

    /** Whether an SSO provider signs this account in; it also does the second factor, so Parley TOTP is not used. */
    public boolean isSingleSignOn() {
        return realm.startsWith(SAML_REALM_PREFIX);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Account withRoles(Set<Role> newRoles) {
        return new Account(id, realm, externalId, username, displayName, email, newRoles, disabled, passwordHash,
                passwordChangeRequired, mfaEnrolmentRequired, totpSecret, totpPendingSecret, totpLastStep, createdAt);
    }

    public Account withProfile(String newDisplayName, String newEmail, boolean newDisabled) {
        return new Account(id, realm, externalId, username, newDisplayName, newEmail, roles, newDisabled, passwordHash,
                passwordChangeRequired, mfaEnrolmentRequired, totpSecret, totpPendingSecret, totpLastStep, createdAt);
    }

    public Account withPassword(String newHash, boolean changeRequired) {
        return new Account(id, realm, externalId, username, displayName, email, roles, disabled, newHash,
                changeRequired, mfaEnrolmentRequired, totpSecret, totpPendingSecret, totpLastStep, createdAt);
    }

    public Account withTotp(String secret, String pending, long lastStep, boolean enrolmentRequired) {
        return new Account(id, realm, externalId, username, displayName, email, roles, disabled, passwordHash,
                passwordChangeRequired, enrolmentRequired, secret, pending, lastStep, createdAt);
    }

    /** What an audit record may show: no secrets. */
    public String describe() {
        return "username=" + username + ", displayName=" + displayName + ", email=" + email + ", roles="
                + Roles.format(roles) + ", disabled=" + disabled + ", mfaEnrolled=" + mfaEnrolled();
    }
}

package org.parley.auth.internal.rest;

import java.time.Instant;
import java.util.List;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Roles;

/** Request and response bodies of the auth REST resources (JSON through Jackson). */
public final class Bodies {

    private Bodies() {
    }

    /** {@code POST auth/sign-in}. {@code code}: a TOTP code or a recovery code, when MFA is enrolled. */
    public record SignInRequest(String username, String password, String code) {
    }

    /** The session as the browser sees it; {@code csrfToken} goes into X-CSRF-Token of state-changing requests. */
    /**
     * The signed-in session. The seconds left are counted on the appliance's clock, so a page can warn before the
     * idle timeout without trusting its own clock; reading them with {@code X-Parley-Background: 1} does not move
     * them.
     */
    public record SessionView(String username, List<String> roles, String csrfToken, boolean passwordChangeRequired,
            boolean mfaEnrolmentRequired, long idleSecondsLeft, long absoluteSecondsLeft) {
    }

    public record SignOutRedirect(String redirect) {
    }

    public record Banner(String banner) {
    }

    public record AccountView(String username, String displayName, List<String> roles, boolean mfaEnrolled,
            boolean passwordChangeRequired, boolean mfaEnrolmentRequired) {
    }

    public record TotpOfferView(String secret, String otpauthUri) {
    }

    public record CodeRequest(String code) {
    }

    public record RecoveryCodesView(List<String> recoveryCodes) {
    }

    public record SessionInfo(String id, String clientAddress, Instant createdAt, Instant lastActiveAt, boolean current) {
    }

    public record TokenRequest(String name, Instant expiresAt, List<String> permissions) {
    }

    public record TokenCreated(String id, String token, String name, Instant expiresAt, List<String> permissions) {
    }

    public record TokenInfo(String id, String name, List<String> permissions, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt) {
    }

    public record UserRequest(String username, String displayName, String email, List<String> roles) {
    }

    public record UserView(String id, String realm, String username, String displayName, String email, List<String> roles,
            boolean disabled, boolean mfaEnrolled, boolean passwordChangeRequired, boolean locked,
            Instant createdAt) {

        public static UserView of(Account a, boolean locked) {
            return new UserView(a.id(), a.realm(), a.username(), a.displayName(), a.email(), Roles.ids(a.roles()),
                    a.disabled(), a.mfaEnrolled(), a.passwordChangeRequired(), locked,
                    Instant.ofEpochMilli(a.createdAt()));
        }
    }

    /** {@code POST users}: the account and its one-time password, shown this once. */
    public record UserCreated(String id, String realm, String username, String displayName, String email,
            List<String> roles, boolean disabled, boolean passwordChangeRequired, String oneTimePassword) {
    }

    public record UserPage(List<UserView> items, int page, int size, long total) {
    }

    public record OneTimePassword(String oneTimePassword) {
    }
}

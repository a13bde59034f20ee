package org.parley.auth.internal.password;

import java.util.Locale;
import java.util.Optional;

/**
 * NIST SP 800-63B rules: a minimum length, no common or breached password, nothing built from the user name; no
 * composition rules and no periodic expiry. Immutable.
 *
 * @param minLength the shortest password accepted
 * @param refuseCommon whether to refuse passwords on the common-password list
 */
public record PasswordPolicy(int minLength, boolean refuseCommon, CommonPasswords common) {

    /** Longer inputs are refused so one request cannot make argon2id hash megabytes. */
    public static final int MAX_LENGTH = 256;

    /** Why the password is refused, as a sentence for the user; empty when it is acceptable. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("The password must have at least " + minLength + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("The password must have at most " + MAX_LENGTH + " characters.");
        }
        if (refuseCommon && common.contains(password)) {
            return Optional.of("This password is on a list of commonly used and breached passwords; choose another.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name.");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("The password repeats too few different characters.");
        }
        return Optional.empty();
    }
}

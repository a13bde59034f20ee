package org.parley.auth.internal.mfa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.auth.internal.crypto.Secrets;

/**
 * Recovery codes: ten random codes shown once at MFA enrolment, each usable once instead of a TOTP code. They are
 * stored as SHA-256 of the normalised code (50 random bits each: enough, since sign-in is throttled per account).
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final int GROUP = 5;

    private RecoveryCodes() {
    }

    /** Ten new codes like {@code k3mfp-8xq2r}. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String raw = Secrets.readablePassword(GROUP * 2).toLowerCase(Locale.ROOT);
            codes.add(raw.substring(0, GROUP) + "-" + raw.substring(GROUP));
        }
        return codes;
    }

    /** Whether the text has the shape of a recovery code (rather than a TOTP code). */
    public static boolean looksLikeOne(String code) {
        return code != null && normalise(code).length() == GROUP * 2 && !code.matches("[0-9]+");
    }

    /** The digest stored and looked up: case, spaces and dashes do not matter. */
    public static String digest(String code) {
        return Secrets.sha256(normalise(code));
    }

    private static String normalise(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}

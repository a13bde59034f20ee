package org.parley.media.internal.sdp;

/**
 * {@code a=ice-ufrag} and {@code a=ice-pwd} (RFC 8839 §5.4): ice-char = ALPHA / DIGIT / "+" / "/";
 * the ufrag has 4 to 256 characters, the password 22 to 256.
 */
public record IceCredentials(String ufrag, String pwd) {
    static final int MIN_UFRAG = 4;
    static final int MIN_PWD = 22;
    static final int MAX_CHARS = 256;

    /** Validates both values; for programming errors (the parser checks wire values with line numbers). */
    public IceCredentials {
        if (!valid(ufrag, MIN_UFRAG) || !valid(pwd, MIN_PWD)) {
            throw new IllegalArgumentException("ICE ufrag needs 4-256 and pwd 22-256 ice-chars (RFC 8839 §5.4)");
        }
    }

    /** Whether {@code value} is {@code min} to 256 ice-chars. */
    static boolean valid(String value, int min) {
        if (value == null || value.length() < min || value.length() > MAX_CHARS) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alnum && c != '+' && c != '/') {
                return false;
            }
        }
        return true;
    }

    /** The password is a secret: never in logs or exception messages. */
    @Override
    public String toString() {
        return "IceCredentials[ufrag=" + ufrag + ", pwd=***]";
    }
}

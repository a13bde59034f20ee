package org.parley.auth.internal.saml;

/** Where to go after sign-in: a path of this site only (no scheme, host or protocol-relative URL), else /account. */
final class NextPath {

    static final String DEFAULT = "/account";
    private static final int MAX_LENGTH = 2000;

    private NextPath() {
    }

    static String of(String requested) {
        if (requested == null || requested.isEmpty() || requested.length() > MAX_LENGTH
                || !requested.startsWith("/") || requested.startsWith("//") || requested.startsWith("/\\")) {
            return DEFAULT;
        }
        for (int i = 0; i < requested.length(); i++) {
            char c = requested.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return DEFAULT;
            }
        }
        return requested;
    }
}

package org.parley.meetings.internal.live;

import java.util.regex.Pattern;

/** Names people are shown with: 1 to 64 characters after trimming, no control or invisible format characters. */
final class Names {

    static final int MAX = 64;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    private Names() {
    }

    /** The trimmed name, or {@code null} when it cannot be shown. */
    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        return length < 1 || length > MAX || FORBIDDEN.matcher(trimmed).find() ? null : trimmed;
    }
}

package org.parley.meetings.internal.model;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Makes meeting ids: a URL id of 128 random bits (22 base64url characters), which nobody can guess or walk, and a
 * random 10-digit numeric id for phones (not sequential; uniqueness is the table's constraint, a clash retried).
 * Thread-safe.
 */
public final class MeetingIds {

    private static final int URL_ID_BYTES = 16;
    private static final long LOWEST_NUMERIC = 1_000_000_000L;
    private static final long NUMERIC_SPAN = 9_000_000_000L;
    private static final Pattern URL_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final SecureRandom random = new SecureRandom();

    public String urlId() {
        byte[] bytes = new byte[URL_ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public long numericId() {
        return LOWEST_NUMERIC + random.nextLong(NUMERIC_SPAN);
    }

    /** Whether the text has the shape of a URL id; anything else is not looked up at all. */
    public static boolean isUrlId(String text) {
        return text != null && URL_ID.matcher(text).matches();
    }
}

package org.parley.auth.internal.session;

/**
 * One browser session as stored. The cookie value itself is never stored, only its SHA-256.
 *
 * @param id public id (listing and revoking), not the cookie value
 * @param csrfToken the token state-changing requests must echo in {@code X-CSRF-Token}
 * @param createdAt epoch millis at sign-in (absolute lifetime counts from here)
 * @param lastActiveAt epoch millis of the last request that was not a background poll
 */
public record SessionRecord(String id, String accountId, String csrfToken, String clientAddress, long createdAt,
        long lastActiveAt) {
}

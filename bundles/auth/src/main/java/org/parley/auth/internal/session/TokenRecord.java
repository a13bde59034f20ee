package org.parley.auth.internal.session;

import java.util.Set;

/**
 * One API token as stored; the token itself is shown once at creation and kept only as its SHA-256.
 *
 * @param permissions the scope: a subset of the owner's permissions at creation, intersected with the owner's
 *                    current ones at every use
 * @param expiresAt epoch millis after which the token is refused
 * @param lastUsedAt epoch millis, or 0 when never used
 */
public record TokenRecord(String id, String accountId, String name, Set<String> permissions, long createdAt,
        long expiresAt, long lastUsedAt) {

    public TokenRecord {
        permissions = Set.copyOf(permissions);
    }
}

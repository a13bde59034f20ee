package org.parley.audit.internal.chain;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Replaces the values of detail keys that look secret by {@value #MASK}, before anything is hashed, stored or
 * streamed: a secret that reached the audit trail could never be removed again without breaking the chain.
 */
public final class SecretMasker {

    /** What a secret value is replaced by. */
    public static final String MASK = "****";

    private static final String[] SECRET_WORDS = {"password", "secret", "token", "key", "credential"};

    private SecretMasker() {
    }

    /** True when {@code key} contains one of the secret-looking words, in any case. */
    public static boolean looksSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A sorted copy of {@code details} with secret-looking values masked; null values become empty strings. */
    public static SortedMap<String, String> mask(Map<String, String> details) {
        SortedMap<String, String> masked = new TreeMap<>();
        details.forEach((key, value) -> masked.put(key, looksSecret(key) ? MASK : value == null ? "" : value));
        return masked;
    }
}

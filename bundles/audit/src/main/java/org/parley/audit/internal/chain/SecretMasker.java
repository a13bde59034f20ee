package org.parley.audit.internal.chain;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.audit.api.SecretNames;

/**
 * Replaces the values of detail keys that {@link SecretNames look secret} by {@value SecretNames#MASK}, before
 * anything is hashed, stored or streamed: a secret that reached the audit trail could never be removed again
 * without breaking the chain.
 */
public final class SecretMasker {

    private SecretMasker() {
    }

    /** A sorted copy of {@code details} with secret-looking values masked; null values become empty strings. */
    public static SortedMap<String, String> mask(Map<String, String> details) {
        SortedMap<String, String> masked = new TreeMap<>();
        details.forEach((key, value) ->
                masked.put(key, SecretNames.looksSecret(key) ? SecretNames.MASK : value == null ? "" : value));
        return masked;
    }
}

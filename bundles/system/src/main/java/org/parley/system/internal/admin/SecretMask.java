package org.parley.system.internal.admin;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arguments of a call as the audit trail keeps them: any argument whose name looks secret (password, passphrase,
 * secret, key) is replaced by {@code ****}, so a value typed on the command line never reaches the trail.
 */
final class SecretMask {

    static final String MASK = "****";
    private static final String[] SECRET_WORDS = {"password", "passphrase", "secret", "key"};

    private SecretMask() {
    }

    static Map<String, String> masked(Map<String, String> arguments) {
        Map<String, String> shown = new TreeMap<>();
        arguments.forEach((name, value) -> shown.put("argument." + name, secret(name) ? MASK : value));
        return shown;
    }

    static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}

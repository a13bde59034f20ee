package org.parley.audit.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which names of details or arguments hold secrets, so that their values never reach the audit trail (since 1.2).
 * A name is read as words ({@code keyStorePassword}: key, store, password; {@code db.SECRET}: db, secret). It is
 * secret when a word contains password, passphrase, secret, token or credential, or a word ends in "key" that is not
 * followed by a word describing the key rather than holding it: {@code privateKey}, {@code apiKEY} and
 * {@code signing.key} are secret; {@code keyAlgorithm}, {@code keySize} and {@code keyFile} (a path) are not, nor is
 * {@code keyboard}. When in doubt a name is secret: masking too much costs a reader a value, too little a breach.
 */
public final class SecretNames {

    /** What a secret value is replaced by. */
    public static final String MASK = "****";

    private static final String[] SECRET_PARTS = {"password", "passwd", "passphrase", "secret", "token", "credential"};
    private static final Set<String> DESCRIBING_WORDS = Set.of("algorithm", "size", "length", "bits", "type", "id",
            "usage", "alias", "fingerprint", "file", "path", "store", "format", "name", "count", "match", "expiry");

    private SecretNames() {
    }

    /** True when a value under {@code name} must be masked. */
    public static boolean looksSecret(String name) {
        List<String> words = words(name);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            for (String part : SECRET_PARTS) {
                if (word.contains(part)) {
                    return true;
                }
            }
            boolean namesKey = word.endsWith("key") || word.endsWith("keys");
            if (namesKey && (i + 1 == words.size() || !DESCRIBING_WORDS.contains(words.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case words of a camelCase, dotted, dashed or underscored name. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean startsWord = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || startsWord) {
                add(words, word);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        add(words, word);
        return words;
    }

    private static void add(List<String> words, StringBuilder word) {
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}

package org.parley.auth.internal.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The 19,640 most common passwords (lower case), as shipped by Django's {@code CommonPasswordValidator}: Royce
 * Williams' list of the 20,000 most common passwords from breach corpora, unhexed, lower-cased and de-duplicated.
 * Loaded once from {@code common-passwords.txt.gz} beside this class.
 */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt.gz";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    public static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the auth bundle");
            }
            Set<String> passwords = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        passwords.add(line.strip());
                    }
                }
            }
            return new CommonPasswords(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public boolean contains(String password) {
        return passwords.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }
}

package org.parley.auth.internal.password;

/** Turns passwords into stored hashes and checks them. Implementations are thread-safe. */
public interface PasswordHasher {

    /** A new salted hash of the password, in a self-describing text format. */
    String hash(String password);

    /** Whether the password matches the stored hash; runs the full hash work even when it does not. */
    boolean matches(String password, String storedHash);
}

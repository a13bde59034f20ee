package org.parley.auth.internal.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.parley.auth.internal.crypto.Secrets;
import org.parley.auth.internal.password.PasswordHasher;

/** A fast salted SHA-256 stand-in for argon2id that counts how often a password is checked. */
public final class CountingHasher implements PasswordHasher {

    public final AtomicInteger matches = new AtomicInteger();

    @Override
    public String hash(String password) {
        String salt = Secrets.base64Url(8);
        return "test$" + salt + "$" + Secrets.sha256(salt + password);
    }

    @Override
    public boolean matches(String password, String storedHash) {
        matches.incrementAndGet();
        String[] parts = storedHash.split("\\$");
        return parts.length == 3 && Secrets.constantTimeEquals(parts[2], Secrets.sha256(parts[1] + password));
    }
}

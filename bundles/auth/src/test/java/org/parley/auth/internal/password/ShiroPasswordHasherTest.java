package org.parley.auth.internal.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShiroPasswordHasherTest {

    private final ShiroPasswordHasher hasher = new ShiroPasswordHasher();

    @Test
    void argon2idInShiro2FormatSaltedAndVerifiable() {
        String hash = hasher.hash("correct horse battery staple");
        assertTrue(hash.startsWith("$shiro2$argon2id$v=19$"), hash);
        assertNotEquals(hash, hasher.hash("correct horse battery staple"), "a fresh salt each time");
        assertTrue(hasher.matches("correct horse battery staple", hash));
        assertFalse(hasher.matches("correct horse battery stapler", hash));
    }

    @Test
    void worksWhateverTheContextClassLoader() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(null) { });
        try {
            assertTrue(hasher.matches("x", hasher.hash("x")));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

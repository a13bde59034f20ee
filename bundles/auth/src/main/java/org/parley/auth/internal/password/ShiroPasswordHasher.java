package org.parley.auth.internal.password;

import org.apache.shiro.authc.credential.DefaultPasswordService;

/**
 * argon2id through Apache Shiro 2's {@link DefaultPasswordService} (Shiro2 crypt format,
 * {@code $shiro2$argon2id$v=19$t=..,m=..,p=..$salt$hash}). Shiro finds its hash algorithms with
 * {@link java.util.ServiceLoader} on the thread's context class loader; inside OSGi that is not this bundle's, so
 * every call runs with this bundle's loader, which holds the embedded Shiro jars and their service files.
 */
public final class ShiroPasswordHasher implements PasswordHasher {

    private final DefaultPasswordService service = new DefaultPasswordService();

    @Override
    public String hash(String password) {
        return withOwnLoader(() -> service.encryptPassword(password));
    }

    @Override
    public boolean matches(String password, String storedHash) {
        return withOwnLoader(() -> service.passwordsMatch(password, storedHash));
    }

    private static <T> T withOwnLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ShiroPasswordHasher.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

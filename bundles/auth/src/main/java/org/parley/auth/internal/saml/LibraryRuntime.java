package org.parley.auth.internal.saml;

import org.joda.time.DateTimeUtils;
import org.parley.api.Clock;

/**
 * Prepares the embedded SAML libraries. Santuario's {@code Init.init()} reads its resource files and algorithm
 * tables through the context class loader, which under OSGi must be this bundle's. java-saml reads "now" from
 * joda-time, whose clock is pointed at Parley's {@link Clock} so expiry follows the test clock as well; the joda copy
 * is private to this bundle, so nobody else is affected.
 */
final class LibraryRuntime {

    private LibraryRuntime() {
    }

    static void prepare(Clock clock) {
        DateTimeUtils.setCurrentMillisProvider(clock::millis);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(LibraryRuntime.class.getClassLoader());
        try {
            org.apache.xml.security.Init.init();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

package org.parley.api;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one source of "now" for every expiry, timeout, lockout and audit time stamp. The system bundle
 * provides the wall clock; tests install a higher-ranked clock they move by hand, so no test sleeps
 * through a timeout. Thread-safe.
 */
@ProviderType
public interface Clock {
    /** The current instant. */
    Instant now();

    /** The current time in milliseconds since the epoch. */
    default long millis() {
        return now().toEpochMilli();
    }
}

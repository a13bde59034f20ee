package org.parley.http.internal.server;

import java.time.Duration;
import java.time.Instant;
import org.parley.api.Clock;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;
import org.parley.http.internal.tls.ServerKeystore;

/** The server certificate: WARN within {@value #WARN_DAYS} days of expiry, DOWN (not critical) once expired. */
final class CertificateHealthCheck implements HealthCheck {

    static final int WARN_DAYS = 30;

    private final ServerKeystore keystore;
    private final Clock clock;

    CertificateHealthCheck(ServerKeystore keystore, Clock clock) {
        this.keystore = keystore;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "certificate";
    }

    @Override
    public HealthResult check() {
        Instant now = clock.now();
        Instant notAfter = keystore.notAfter();
        String what = (keystore.selfSigned() ? "self-signed certificate " : "certificate ") + keystore.subject();
        if (!now.isBefore(notAfter)) {
            return HealthResult.down(what + " expired at " + notAfter + ": install a new one (PUT /api/v1/system/tls, "
                    + "or certificateFile of " + FrontDoorConfig.PID + ")");
        }
        long daysLeft = Duration.between(now, notAfter).toDays();
        if (daysLeft < WARN_DAYS) {
            return HealthResult.warn(what + " expires in " + daysLeft + " days (" + notAfter + "): renew it"
                    + (keystore.selfSigned() ? " (a restart makes a new self-signed one)" : ""));
        }
        return HealthResult.up(what + " valid until " + notAfter);
    }
}

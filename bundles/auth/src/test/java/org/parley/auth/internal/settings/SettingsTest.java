package org.parley.auth.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Role;

/** Settings parse to their policies, and a bad value fails naming the PID and the attribute. */
class SettingsTest {

    private static SessionSettings.Config sessions(int idle, int absolute) {
        return new SessionSettings.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SessionSettings.Config.class;
            }

            @Override
            public int idleMinutes() {
                return idle;
            }

            @Override
            public int absoluteHours() {
                return absolute;
            }

            @Override
            public String signInBanner() {
                return "  Authorised staff only.  ";
            }
        };
    }

    private static MfaSettings.Config mfa(String... roles) {
        return new MfaSettings.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MfaSettings.Config.class;
            }

            @Override
            public String[] requiredForRoles() {
                return roles;
            }

            @Override
            public String issuer() {
                return "";
            }
        };
    }

    @Test
    void sessionLimits() {
        var limits = SessionSettings.parse(sessions(30, 8));
        assertEquals(Duration.ofMinutes(30), limits.idle());
        assertEquals(Duration.ofHours(8), limits.absolute());
        assertEquals("Authorised staff only.", limits.banner());
        assertEquals("org.parley.auth.Sessions: idleMinutes must be between 1 and 1440, not 0",
                assertThrows(IllegalArgumentException.class, () -> SessionSettings.parse(sessions(0, 8)))
                        .getMessage());
        assertEquals("org.parley.auth.Sessions: idleMinutes (120) must not exceed absoluteHours (1)",
                assertThrows(IllegalArgumentException.class, () -> SessionSettings.parse(sessions(120, 1)))
                        .getMessage());
    }

    @Test
    void mfaPolicy() {
        MfaPolicy policy = MfaSettings.parse(mfa("host", "host"));
        assertEquals(Set.of(Role.HOST), policy.requiredForRoles());
        assertEquals("Parley", policy.issuer());
        assertEquals("org.parley.auth.Mfa: requiredForRoles: Unknown role 'root'; roles are admin, auditor, host "
                + "and member.", assertThrows(IllegalArgumentException.class, () -> MfaSettings.parse(mfa("root")))
                .getMessage());
        Account member = new Account("i", "local", "m", "m", "M", "", Set.of(Role.MEMBER), false, null, false, false,
                null, null, 0, 0);
        assertEquals(false, MfaPolicy.DEFAULTS.enrolmentDue(member));
        assertEquals(true, MfaPolicy.DEFAULTS.enrolmentDue(member.withRoles(Set.of(Role.AUDITOR))));
        assertEquals(false, MfaPolicy.DEFAULTS.enrolmentDue(member.withRoles(Set.of(Role.AUDITOR))
                .withTotp("ABC", null, 0, false)), "enrolled");
    }
}

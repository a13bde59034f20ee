package org.parley.auth.internal.it;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.rest.Credentials;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.core.Authentication;
import org.parley.auth.internal.core.PasswordRealm;
import org.parley.auth.internal.core.SignIn;
import org.parley.auth.internal.guard.BruteForcePolicy;
import org.parley.auth.internal.session.SessionLimits;
import org.parley.auth.internal.settings.MfaPolicy;
import org.parley.auth.internal.settings.PasswordPolicySettings;
import org.parley.auth.internal.testing.CountingHasher;
import org.parley.testing.support.FakeAudit;
import org.parley.auth.internal.testing.TestClock;
import org.parley.store.internal.StandaloneDatabase;

/** The auth services on a real database, migrated before each test and dropped after it. */
public abstract class AuthFixture {

    @TempDir
    protected Path varLib;

    protected final TestClock clock = new TestClock();
    protected final FakeAudit audit = new FakeAudit();
    protected final CountingHasher hasher = new CountingHasher();
    protected StandaloneDatabase database;
    protected AuthServices auth;
    /** The directory sign-in asks for names no local account has; none unless a test sets one. */
    protected volatile PasswordRealm directory;

    /** Embedded Derby in the test's temporary directory unless a subclass says otherwise. */
    protected StandaloneDatabase openDatabase() throws Exception {
        return StandaloneDatabase.openDerby(varLib.resolve("db"));
    }

    /** Nothing to drop for Derby: the temporary directory goes with the test. */
    protected void dropDatabase() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        database.migrate("auth", AuthCore.class);
        AuthServices.Settings settings = new AuthServices.Settings(() -> SessionLimits.DEFAULTS,
                () -> MfaPolicy.DEFAULTS, () -> BruteForcePolicy.DEFAULTS, PasswordPolicySettings::defaults);
        auth = new AuthServices(database.dataSource(), audit, clock, hasher, settings, varLib,
                () -> Optional.ofNullable(directory));
    }

    @AfterEach
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
        dropDatabase();
    }

    protected static ClientAddress address(String literal) {
        try {
            return new ClientAddress(InetAddress.getByName(literal), true);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    protected static final ClientAddress CLIENT = address("192.0.2.5");

    protected static Credentials request(String method, SignIn.NewSession session, String csrf, boolean background) {
        Map<String, String> cookies = new HashMap<>();
        cookies.put(Authentication.COOKIE, session.cookie());
        return new Credentials(method, "/api/v1/account", cookies, null, csrf, background, CLIENT);
    }

    protected Caller get(SignIn.NewSession session) {
        return auth.authentication.authenticate(request("GET", session, null, false)).orElseThrow();
    }

    protected static Credentials bearer(String method, String token) {
        return new Credentials(method, "/api/v1/audit", Map.of(), "Bearer " + token, null, false, CLIENT);
    }
}

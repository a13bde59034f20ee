package org.parley.auth.internal.saml;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.guard.BruteForcePolicy;
import org.parley.auth.internal.session.SessionLimits;
import org.parley.auth.internal.settings.MfaPolicy;
import org.parley.auth.internal.settings.PasswordPolicySettings;
import org.parley.auth.internal.testing.CountingHasher;
import org.parley.testing.support.FakeAudit;
import org.parley.auth.internal.store.Jdbc;
import org.parley.auth.internal.testing.TestClock;
import org.parley.store.internal.StandaloneDatabase;
import org.parley.testing.saml.Credential;
import org.parley.testing.saml.IdpMetadataForge;
import org.parley.testing.saml.ResponseForge;
import org.parley.testing.saml.SignatureAlgorithm;

/**
 * The SAML SP's parts on a real (Derby) auth database, one registered IdP "test" whose key the forge signs with,
 * a pending request {@value #RELAY_STATE} / {@value #REQUEST_ID}, and the auth services over the same database. The
 * SP keys are made once per run.
 */
abstract class SamlFixture {

    static final String BASE = "https://meet.example.org";
    static final String ACS = BASE + "/saml/acs";
    static final String IDP_ENTITY_ID = "https://idp.example.org/metadata";
    static final String RELAY_STATE = "relay-state-1";
    static final String REQUEST_ID = "_request1";
    static final Credential IDP = Credential.generate("test-idp");
    static final Credential ATTACKER = Credential.generate("attacker");
    static final SpIdentity SP = SpIdentity.loadOrCreate(tempDir(), BASE, Instant.now());

    @TempDir
    Path varLib;

    final TestClock clock = new TestClock();
    final FakeAudit audit = new FakeAudit();
    AuthServices services;
    SamlSettings.Options options = SamlSettings.parse(BASE, false, true, 24);
    StandaloneDatabase database;
    IdpStore idps;
    PendingRequests pending;
    SamlSessions links;
    AssertionConsumer consumer;

    @BeforeEach
    void openDatabase() throws Exception {
        database = StandaloneDatabase.openDerby(varLib.resolve("db"));
        database.migrate("auth", AuthCore.class);
        LibraryRuntime.prepare(clock);
        Jdbc jdbc = new Jdbc(database.dataSource());
        services = new AuthServices(database.dataSource(), audit, clock, new CountingHasher(),
                new AuthServices.Settings(() -> SessionLimits.DEFAULTS, () -> MfaPolicy.DEFAULTS,
                        () -> BruteForcePolicy.DEFAULTS, PasswordPolicySettings::defaults), varLib);
        idps = new IdpStore(jdbc);
        pending = new PendingRequests(jdbc);
        links = new SamlSessions(jdbc);
        consumer = new AssertionConsumer(idps, pending, new ReplayCache(jdbc), () -> SP, () -> options, clock);
        idps.insert(idp(false));
        pending.save(new PendingRequests.Pending(RELAY_STATE, REQUEST_ID, "test", "/meetings", clock.millis()));
    }

    @AfterEach
    void closeDatabase() throws Exception {
        database.close();
    }

    static IdentityProvider idp(boolean allowSha1) {
        String metadata = IdpMetadataForge.xml(IDP_ENTITY_ID, "https://idp.example.org/sso",
                "https://idp.example.org/slo", IDP);
        return new IdentityProvider("test", "Test IdP", true, allowSha1, "", metadata, 0, "", "displayName", "mail",
                "groups", Map.of("meeting-admins", Role.ADMIN, "meeting-users", Role.MEMBER), 0);
    }

    /** A response the IdP would send to the pending request: assertion signed with RSA-SHA256, nothing else. */
    ResponseForge response() {
        return new ResponseForge(clock.now()).issuer(IDP_ENTITY_ID).audience(SP.entityId()).destination(ACS)
                .recipient(ACS).inResponseTo(REQUEST_ID).nameId("alice").attribute("mail", "alice@example.org")
                .attribute("displayName", "Alice Admin").attribute("groups", "meeting-admins", "meeting-users")
                .signAssertion(IDP, SignatureAlgorithm.RSA_SHA256);
    }

    SamlRefusal refused(ResponseForge response) {
        return refused(response.base64(), RELAY_STATE);
    }

    SamlRefusal refused(String samlResponse, String relayState) {
        return assertThrows(SamlRefusal.class, () -> consumer.consume(samlResponse, relayState));
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("parley-saml-sp");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.parley.auth.internal.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.extensions.WhoAmIExtendedRequest;
import com.unboundid.ldap.sdk.extensions.WhoAmIExtendedResult;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Connections to the in-memory directory: TLS both ways, trust, host names, fail-over, the service bind. */
class DirectoryConnectorTest {

    @RegisterExtension
    static final TestDirectory directory = TestDirectory.started();

    private static DirectoryConnector connector(Object... overrides) {
        return new DirectoryConnector(DirectorySettings.parse(directory.settings(overrides)));
    }

    @Test
    void ldapsConnectsEncryptedAndBindsAsTheServiceAccount() throws Exception {
        try (LDAPConnection connection = connector().open()) {
            assertTrue(connection.getSSLSession().isValid());
            WhoAmIExtendedResult whoAmI = (WhoAmIExtendedResult) connection.processExtendedOperation(
                    new WhoAmIExtendedRequest());
            assertEquals("dn:" + TestDirectory.SERVICE_DN, whoAmI.getAuthorizationID());
        }
    }

    @Test
    void ldapUrlsAlwaysStartTls() throws Exception {
        try (LDAPConnection connection = connector("urls", directory.startTlsUrl()).open()) {
            assertTrue(connection.getSSLSession().isValid());
        }
    }

    @Test
    void serverWithoutStartTlsIsRefusedBeforeAnyBind() throws Exception {
        ServerFailure failure = assertThrows(ServerFailure.class,
                () -> connector().openBound(new LDAPURL(directory.clearOnlyUrl())));
        assertEquals(ServerFailure.Stage.TLS, failure.stage());
        assertTrue(failure.getMessage().startsWith("the server refused StartTLS"), failure.getMessage());
    }

    @Test
    void unknownCaIsRefusedNamingTheIssuer() throws Exception {
        String otherCa = new TestCertificates("CN=Some Other CA").caPem();
        for (String url : new String[] {directory.ldapsUrl(), directory.startTlsUrl()}) {
            ServerFailure failure = assertThrows(ServerFailure.class,
                    () -> connector("caCertificates", otherCa).openBound(new LDAPURL(url)));
            assertEquals(ServerFailure.Stage.TLS, failure.stage());
            assertTrue(failure.getMessage().startsWith(
                    "certificate not trusted: issuer CN=Parley Test CA, O=Example, subject CN=localhost"),
                    failure.getMessage());
        }
    }

    @Test
    void hostNameNotInTheCertificateIsRefused() throws Exception {
        ServerFailure failure = assertThrows(ServerFailure.class,
                () -> connector().openBound(new LDAPURL(directory.wrongHostUrl())));
        assertEquals(ServerFailure.Stage.TLS, failure.stage());
        assertTrue(failure.getMessage().startsWith(
                "host name 127.0.0.2 does not match the certificate (names: localhost, 127.0.0.1)"),
                failure.getMessage());
    }

    @Test
    void wrongServicePasswordIsABindProblem() throws Exception {
        ServerFailure failure = assertThrows(ServerFailure.class,
                () -> connector("bindPassword", "wrong").openBound(new LDAPURL(directory.ldapsUrl())));
        assertEquals(ServerFailure.Stage.BIND, failure.stage());
        assertEquals("bind refused: invalid credentials for " + TestDirectory.SERVICE_DN, failure.getMessage());
    }

    @Test
    void failsOverToTheNextServer() throws Exception {
        String closed = "ldaps://localhost:" + closedPort();
        try (LDAPConnection connection = connector("urls", new String[] {closed, directory.startTlsUrl()}).open()) {
            assertEquals(directory.server.getListenPort("ldap"), connection.getConnectedPort());
        }
    }

    @Test
    void noServerReachableListsEachProblem() throws Exception {
        String closed = "ldaps://localhost:" + closedPort();
        DirectoryUnavailable unavailable = assertThrows(DirectoryUnavailable.class,
                () -> connector("urls", new String[] {closed, directory.wrongHostUrl()}).open());
        assertTrue(unavailable.getMessage().startsWith(closed + ": connection refused; " + directory.wrongHostUrl()
                + ": host name 127.0.0.2"), unavailable.getMessage());
    }

    static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

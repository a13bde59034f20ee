package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import java.util.ArrayList;
import java.util.List;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;

/**
 * Opens connections to the directory servers, in the configured order (fail-over): always TLS, either ldaps or
 * StartTLS on ldap before anything else is sent (never a clear-text bind), the configured CAs or the JVM's trust
 * store, the host name verified; then the service account's bind. Immutable; one per settings.
 */
final class DirectoryConnector {

    private final DirectorySettings settings;
    private final SSLContext tls;

    DirectoryConnector(DirectorySettings settings) {
        this.settings = settings;
        this.tls = TrustedCertificates.context(settings.caCertificates());
    }

    /**
     * The first server that takes TLS and the service bind.
     *
     * @throws DirectoryUnavailable listing each server's problem
     */
    LDAPConnection open() throws DirectoryUnavailable {
        List<String> problems = new ArrayList<>();
        for (LDAPURL url : settings.urls()) {
            try {
                return openBound(url);
            } catch (ServerFailure failure) {
                problems.add(url + ": " + failure.getMessage());
            }
        }
        throw new DirectoryUnavailable(problems);
    }

    /** Connects to one server, secures the connection and binds as the service account. */
    LDAPConnection openBound(LDAPURL url) throws ServerFailure {
        LDAPConnection connection = secured(url);
        try {
            bindService(connection);
            return connection;
        } catch (LDAPException e) {
            connection.close();
            throw ServerFailure.ofBind(e, settings.bindDn(), url.getHost(), settings.timeout());
        }
    }

    /** Each server's reach, TLS and service bind, in order: the console's "test connection". */
    List<DirectoryBodies.ServerReport> probe() {
        List<DirectoryBodies.ServerReport> reports = new ArrayList<>();
        for (LDAPURL url : settings.urls()) {
            try (LDAPConnection connection = openBound(url)) {
                reports.add(new DirectoryBodies.ServerReport(url.toString(), true, true, true, null));
            } catch (ServerFailure failure) {
                ServerFailure.Stage stage = failure.stage();
                reports.add(new DirectoryBodies.ServerReport(url.toString(), stage != ServerFailure.Stage.REACH,
                        stage == ServerFailure.Stage.BIND, false, failure.getMessage()));
            }
        }
        return reports;
    }

    /** Binds as the service account again (after the user's bind), or anonymously when none is configured. */
    void bindService(LDAPConnection connection) throws LDAPException {
        connection.bind(settings.bindDn().isNullDN() ? new SimpleBindRequest()
                : new SimpleBindRequest(settings.bindDn(), settings.bindPassword()));
    }

    private LDAPConnection secured(LDAPURL url) throws ServerFailure {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        int timeoutMillis = Math.toIntExact(settings.timeout().toMillis());
        options.setConnectTimeoutMillis(timeoutMillis);
        options.setResponseTimeoutMillis(timeoutMillis);
        options.setFollowReferrals(false);
        boolean ldaps = url.getScheme().equals("ldaps");
        LDAPConnection connection = new LDAPConnection(ldaps ? tls.getSocketFactory() : SocketFactory.getDefault(),
                options);
        try {
            connection.connect(url.getHost(), url.getPort(), timeoutMillis);
            if (!ldaps) {
                startTls(connection, url.getHost());
            }
            HostNameCheck.verify(url.getHost(), connection.getSSLSession());
            return connection;
        } catch (LDAPException e) {
            connection.close();
            throw ServerFailure.ofConnection(e, url.getHost(), settings.timeout());
        } catch (ServerFailure failure) {
            connection.close();
            throw failure;
        }
    }

    /** Secures the connection before anything else is sent; a server that cannot is never used. */
    private void startTls(LDAPConnection connection, String host) throws ServerFailure {
        ResultCode refusal;
        try {
            ExtendedResult result = connection.processExtendedOperation(new StartTLSExtendedRequest(tls));
            if (result.getResultCode() == ResultCode.SUCCESS) {
                return;
            }
            refusal = result.getResultCode();
        } catch (LDAPException e) {
            ServerFailure failure = ServerFailure.ofConnection(e, host, settings.timeout());
            if (failure.stage() == ServerFailure.Stage.TLS || e.getResultCode() == ResultCode.SERVER_DOWN
                    || e.getResultCode() == ResultCode.TIMEOUT) {
                throw failure;
            }
            refusal = e.getResultCode();
        }
        throw new ServerFailure(ServerFailure.Stage.TLS, "the server refused StartTLS (" + refusal.getName()
                + "); enable TLS on the server or use an ldaps:// URL");
    }
}

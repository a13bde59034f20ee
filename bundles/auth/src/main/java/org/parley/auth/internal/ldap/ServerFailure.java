package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Why one directory server could not be used: how far the attempt got, and a sentence a person can act on
 * ("connection refused", "certificate not trusted: issuer …", "bind refused: invalid credentials for …").
 */
final class ServerFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** The step that failed: reaching the server, securing the connection, or the service account's bind. */
    enum Stage { REACH, TLS, BIND }

    private final Stage stage;

    ServerFailure(Stage stage, String problem) {
        super(problem);
        this.stage = stage;
    }

    Stage stage() {
        return stage;
    }

    /** A failure to connect or to secure the connection, told apart by what lies underneath. */
    static ServerFailure ofConnection(LDAPException e, String host, Duration timeout) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExplainingTrustManager.UntrustedCertificate untrusted) {
                return new ServerFailure(Stage.TLS, untrusted.getMessage());
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException ssl) {
                return new ServerFailure(Stage.TLS, "TLS handshake failed: " + ssl.getMessage());
            }
            if (cause instanceof ConnectException) {
                return new ServerFailure(Stage.REACH, "connection refused");
            }
            if (cause instanceof SocketTimeoutException) {
                return timedOut(timeout);
            }
            if (cause instanceof UnknownHostException) {
                return new ServerFailure(Stage.REACH, "unknown host name " + host);
            }
            if (cause instanceof NoRouteToHostException) {
                return new ServerFailure(Stage.REACH, "no route to host " + host);
            }
        }
        if (e.getResultCode() == ResultCode.TIMEOUT || e.getResultCode() == ResultCode.CONNECT_ERROR
                && String.valueOf(e.getMessage()).contains("timed out")) {
            return timedOut(timeout);
        }
        return new ServerFailure(Stage.REACH, e.getResultCode().getName() + ": " + e.getMessage());
    }

    /** The service account's bind failed (or the connection broke during it). */
    static ServerFailure ofBind(LDAPException e, DN bindDn, String host, Duration timeout) {
        if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
            return new ServerFailure(Stage.BIND, "bind refused: invalid credentials for " + bindDn);
        }
        if (!e.getResultCode().isConnectionUsable()) {
            return ofConnection(e, host, timeout);
        }
        String diagnostic = e.getDiagnosticMessage() == null ? "" : " (" + e.getDiagnosticMessage() + ")";
        return new ServerFailure(Stage.BIND, "bind refused: " + e.getResultCode().getName() + " for " + bindDn
                + diagnostic);
    }

    private static ServerFailure timedOut(Duration timeout) {
        return new ServerFailure(Stage.REACH, "no answer within " + timeout.toSeconds() + " s");
    }
}

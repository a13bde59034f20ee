package org.parley.store.internal.transfer;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;

/**
 * Says why a connection to a PostgreSQL failed in the words an admin acts on: {@code connection refused at
 * host:port}, {@code password authentication failed for user "x"}, {@code database "x" does not exist}. The
 * driver's messages never hold the password (the store refuses URLs that carry one).
 */
final class ConnectFailure {

    private ConnectFailure() {
    }

    static String reason(Throwable failure, String endpoint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused at " + endpoint;
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host in " + endpoint;
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to " + endpoint;
            }
            if (cause instanceof SocketTimeoutException) {
                return "no answer from " + endpoint + " in time";
            }
            if (cause instanceof SSLException) {
                return "TLS with " + endpoint + " failed: " + oneLine(cause.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return serverReason(failure);
    }

    /** The innermost SQL message without the server's severity prefix ({@code FATAL: }). */
    private static String serverReason(Throwable failure) {
        Throwable chosen = failure;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                chosen = cause;
            }
        }
        return oneLine(chosen.getMessage()).replaceFirst("^(FATAL|ERROR):\\s*", "");
    }

    private static String oneLine(String text) {
        return text == null ? "no reason given" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

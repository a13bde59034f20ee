package org.parley.store.internal.health;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;

/**
 * Picks, from a chain of exceptions out of the pool and the driver, the reason a person can act on: the network's
 * ("Connection refused", an unknown host) when there is one, else the server's (a rejected login), else the pool's.
 * Driver and pool messages never hold the password (the store refuses URLs that carry one).
 */
final class ConnectionFailure {

    private ConnectionFailure() {
    }

    static String reason(Throwable failure) {
        Throwable network = null;
        Throwable server = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (isNetwork(cause)) {
                network = cause;
            } else if (cause instanceof SQLException && cause.getCause() == null) {
                server = cause;
            }
        }
        Throwable chosen = network != null ? network : server != null ? server : failure;
        return describe(chosen);
    }

    private static boolean isNetwork(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
                || cause instanceof SSLException;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        if (cause instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        if (cause instanceof SocketTimeoutException) {
            return "no answer in time (" + message + ")";
        }
        return message.isEmpty() ? cause.getClass().getSimpleName() : message;
    }
}

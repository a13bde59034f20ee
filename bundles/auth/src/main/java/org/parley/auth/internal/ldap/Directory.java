package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;

/**
 * The directory as one set of settings describes it: the connector and the queries built from them. Replaced as a
 * whole when the settings change, so an operation under way keeps the settings it started with.
 */
record Directory(DirectorySettings settings, DirectoryConnector connector, DirectoryQueries queries) {

    static Directory of(DirectorySettings settings) {
        return new Directory(settings, new DirectoryConnector(settings), new DirectoryQueries(settings));
    }

    /** Work on a connection bound as the service account. */
    interface Work<T> {
        T on(LDAPConnection connection) throws LDAPException;
    }

    /**
     * Runs the work on a connection to the first server that answers, and records in the status whether the
     * directory could be used.
     *
     * @throws DirectoryUnavailable when no server could be used
     * @throws LDAPException when an operation failed (also recorded, unless it only found an ambiguous name)
     */
    <T> T use(DirectoryStatus status, Work<T> work) throws DirectoryUnavailable, LDAPException {
        LDAPConnection connection;
        try {
            connection = connector.open();
        } catch (DirectoryUnavailable e) {
            status.failed(e.getMessage());
            throw e;
        }
        status.answered();
        try (connection) {
            return work.on(connection);
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
                status.failed(connection.getConnectedAddress() + ": " + e.getResultCode().getName() + ": "
                        + e.getMessage());
            }
            throw e;
        }
    }
}

package org.parley.auth.internal.ldap;

import java.util.List;

/** Request and response bodies of the directory REST routes (JSON through Jackson). */
public final class DirectoryBodies {

    private DirectoryBodies() {
    }

    /** {@code POST directory/test}: {@code ok} when every server is reachable, encrypted and takes the bind. */
    public record ConnectionTest(boolean ok, List<ServerReport> servers) {
    }

    /** One server's test; {@code problem} is a sentence a person can act on, or null. */
    public record ServerReport(String url, boolean reachable, boolean tls, boolean bind, String problem) {
    }

    public record LookupRequest(String username) {
    }

    /** {@code POST directory/lookup}: what sign-in would make of the user (DNs as the directory gives them). */
    public record LookupResult(boolean found, String dn, String displayName, String email, List<String> groups,
            List<String> roles, boolean disabled, String problem) {

        static LookupResult notFound() {
            return new LookupResult(false, null, null, null, List.of(), List.of(), false, null);
        }

        static LookupResult problem(String problem) {
            return new LookupResult(false, null, null, null, List.of(), List.of(), false, problem);
        }
    }
}

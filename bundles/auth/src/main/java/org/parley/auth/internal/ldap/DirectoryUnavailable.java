package org.parley.auth.internal.ldap;

import java.util.List;

/** No directory server could be used; the message lists each server's problem, in the order they were tried. */
final class DirectoryUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    DirectoryUnavailable(List<String> problems) {
        super(problems.isEmpty() ? "no directory server is configured" : String.join("; ", problems));
    }
}

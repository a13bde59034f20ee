package org.parley.system.internal.admin;

import jdk.net.UnixDomainPrincipal;

/**
 * Who is at the other end of a connection, from the kernel's peer credentials ({@code SO_PEERCRED}). Java names
 * the user (from its uid) but not the uid itself, so root is recognised by the name the system gives uid 0, or by
 * the bare number when the uid has no name.
 *
 * @param user the peer's user name (or uid when it has none)
 * @param pid the client's process id as the client states it (the kernel's is not visible to Java); -1 if unknown
 */
record Peer(String user, long pid) {

    /** The message for anyone but root; {@code parleyctl} shows it as is. */
    static final String NOT_ROOT = "parleyctl must be run as root";

    static Peer of(UnixDomainPrincipal principal, long pid) {
        return new Peer(principal.user().getName(), pid);
    }

    boolean root() {
        return "root".equals(user) || "0".equals(user);
    }

    /** The actor of the audit record, e.g. {@code root (uid 0, parleyctl pid 4242)}. */
    String actor() {
        String process = pid > 0 ? "parleyctl pid " + pid : "parleyctl";
        return root() ? "root (uid 0, " + process + ")" : user + " (" + process + ")";
    }
}

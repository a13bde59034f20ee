package org.parley.console.internal;

import java.util.Arrays;
import java.util.Optional;
import org.parley.api.Caller;

/**
 * The pages of the console, each with its path and the permission that opens it. The permission is the one the
 * page's own REST routes need for their main use, so a caller who may open a page may also use it: the dashboard
 * reads system information ({@code system:read}: admins and auditors), the audit trail {@code audit:read} (admins
 * and auditors), users, settings and policies change things ({@code users:write}, {@code settings:write}: admins),
 * and so do live meetings ({@code live:write}), directory and SSO ({@code settings:write}), system (TLS, ports, logs,
 * database) and bundles ({@code system:write}): admins only.
 */
enum ConsolePage {
    DASHBOARD("dashboard", "/admin", "system:read"),
    MEETINGS("meetings", "/admin/meetings", "live:write"),
    USERS("users", "/admin/users", "users:write"),
    DIRECTORY("directory", "/admin/directory", "settings:write"),
    POLICIES("policies", "/admin/policies", "settings:write"),
    SYSTEM("system", "/admin/system", "system:write"),
    BUNDLES("bundles", "/admin/bundles", "system:write"),
    SETTINGS("settings", "/admin/settings", "settings:write"),
    AUDIT("audit", "/admin/audit", "audit:read");

    private final String id;
    private final String path;
    private final String permission;

    ConsolePage(String id, String path, String permission) {
        this.id = id;
        this.path = path;
        this.permission = permission;
    }

    String id() {
        return id;
    }

    String path() {
        return path;
    }

    boolean openTo(Caller caller) {
        return caller.permits(permission);
    }

    /** The page at a request path; {@code /admin/} is the dashboard too. */
    static Optional<ConsolePage> at(String requestPath) {
        String path = "/admin/".equals(requestPath) ? DASHBOARD.path : requestPath;
        return Arrays.stream(values()).filter(page -> page.path.equals(path)).findFirst();
    }

    /** Whether the caller may open any page at all (else the console as a whole is closed to them). */
    static boolean anyOpenTo(Caller caller) {
        return Arrays.stream(values()).anyMatch(page -> page.openTo(caller));
    }
}

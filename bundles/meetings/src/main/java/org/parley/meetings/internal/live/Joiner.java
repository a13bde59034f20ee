package org.parley.meetings.internal.live;

import org.parley.api.ClientAddress;

/**
 * Who asks to join, as the join route established it. Immutable.
 *
 * @param accountId the signed-in account's id, or {@code null} for a guest
 * @param username the account's user name (audited), or {@code null} for a guest
 * @param name the name to show: the account's for staff, the one the guest typed (not yet checked)
 * @param address where the request came from
 */
public record Joiner(String accountId, String username, String name, ClientAddress address) {

    /** Signed in (staff) rather than a self-named guest. */
    public boolean staff() {
        return accountId != null;
    }
}

package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.DN;
import java.util.List;

/**
 * A user entry as Parley reads it.
 *
 * @param externalId the stable id (idAttribute; objectGUID in its text form), or the normalised DN without one
 * @param username the login name, lower case
 * @param memberOf the entry's memberOf values (read only in memberOf mode)
 */
record DirectoryUser(DN dn, String externalId, String username, String displayName, String email,
        List<DN> memberOf) {

    DirectoryUser {
        memberOf = List.copyOf(memberOf);
    }
}

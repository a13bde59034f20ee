package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The searches Parley makes, over a connection bound as the service account: a user by login name or by external
 * id, whether the user is disabled, the user's groups, and so the user's {@link Standing}. Every value put into a
 * filter is escaped (names through {@link FilterTemplate}, DNs and ids as assertion values), never concatenated.
 */
final class DirectoryQueries {

    /** A dn-only search: no attributes wanted (RFC 4511 4.5.1.8). */
    private static final String NO_ATTRIBUTES = "1.1";
    private static final String MEMBER_OF = "memberOf";
    private static final String MEMBER = "member";

    private final DirectorySettings settings;

    DirectoryQueries(DirectorySettings settings) {
        this.settings = settings;
    }

    /**
     * The user the login name finds with the user filter.
     *
     * @throws LDAPException also with {@link ResultCode#SIZE_LIMIT_EXCEEDED} when the name finds several entries
     */
    Optional<DirectoryUser> byName(LDAPConnection connection, String username) throws LDAPException {
        return single(connection, settings.userBase(), SearchScope.SUB, userFilter(username), username);
    }

    /** The user with this external id (see {@link DirectoryUser#externalId()}); empty when gone. */
    Optional<DirectoryUser> byId(LDAPConnection connection, String externalId, String knownName)
            throws LDAPException {
        if (externalId.contains("=") && DN.isValidDN(externalId)) {
            try {
                return single(connection, new DN(externalId), SearchScope.BASE, Filter.createPresenceFilter(
                        "objectClass"), knownName);
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                    return Optional.empty();
                }
                throw e;
            }
        }
        Filter byId = ObjectGuid.isGuidAttribute(settings.idAttribute())
                ? Filter.createEqualityFilter(settings.idAttribute(), ObjectGuid.parse(externalId))
                : Filter.createEqualityFilter(settings.idAttribute(), externalId);
        return single(connection, settings.userBase(), SearchScope.SUB, byId, knownName);
    }

    /** Whether the user is disabled or locked, in no mapped group, and which roles the groups give. */
    Standing standing(LDAPConnection connection, DirectoryUser user) throws LDAPException {
        List<DN> groups = groups(connection, user);
        return new Standing(user, disabled(connection, user), groups,
                RoleMapping.rolesFor(settings.roleMapping(), groups));
    }

    /** The user search filter for a login name, escaped. */
    Filter userFilter(String username) {
        return settings.userFilter().with(username);
    }

    /** The group search filter for a user (member or nested mode). */
    Filter groupFilter(DN user) {
        if (settings.groupSearch() == GroupSearch.NESTED) {
            return Filter.createExtensibleMatchFilter(MEMBER, GroupSearch.IN_CHAIN_RULE, false, user.toString());
        }
        return settings.groupFilter().with(user.toString());
    }

    private boolean disabled(LDAPConnection connection, DirectoryUser user) throws LDAPException {
        if (settings.disabledFilter() == null) {
            return false;
        }
        return connection.search(new SearchRequest(user.dn().toString(), SearchScope.BASE,
                settings.disabledFilter(), NO_ATTRIBUTES)).getEntryCount() > 0;
    }

    private List<DN> groups(LDAPConnection connection, DirectoryUser user) throws LDAPException {
        if (settings.groupSearch() == GroupSearch.MEMBER_OF) {
            return user.memberOf();
        }
        List<DN> groups = new ArrayList<>();
        for (SearchResultEntry group : connection.search(new SearchRequest(settings.groupBase().toString(),
                SearchScope.SUB, groupFilter(user.dn()), NO_ATTRIBUTES)).getSearchEntries()) {
            groups.add(group.getParsedDN());
        }
        return groups;
    }

    private Optional<DirectoryUser> single(LDAPConnection connection, DN base, SearchScope scope, Filter filter,
            String knownName) throws LDAPException {
        SearchRequest request = new SearchRequest(base.toString(), scope, filter, attributes());
        request.setSizeLimit(2);
        List<SearchResultEntry> found;
        try {
            found = connection.search(request).getSearchEntries();
        } catch (LDAPSearchException e) {
            throw e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED ? ambiguous() : e;
        }
        if (found.size() > 1) {
            throw ambiguous();
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(user(found.get(0), knownName));
    }

    private static LDAPException ambiguous() {
        return new LDAPException(ResultCode.SIZE_LIMIT_EXCEEDED, "the user filter finds several entries for one "
                + "name; make userFilter match a unique attribute");
    }

    private String[] attributes() {
        List<String> wanted = new ArrayList<>(List.of(settings.idAttribute(), settings.usernameAttribute(),
                settings.displayNameAttribute(), settings.emailAttribute()));
        if (settings.groupSearch() == GroupSearch.MEMBER_OF) {
            wanted.add(MEMBER_OF);
        }
        return wanted.toArray(String[]::new);
    }

    private DirectoryUser user(SearchResultEntry entry, String knownName) throws LDAPException {
        DN dn = entry.getParsedDN();
        List<DN> memberOf = new ArrayList<>();
        String[] groups = entry.getAttributeValues(MEMBER_OF);
        for (String group : groups == null ? new String[0] : groups) {
            if (DN.isValidDN(group)) {
                memberOf.add(new DN(group));
            }
        }
        String username = entry.getAttributeValue(settings.usernameAttribute());
        return new DirectoryUser(dn, externalId(entry, dn),
                (username == null ? knownName : username).strip().toLowerCase(Locale.ROOT),
                entry.getAttributeValue(settings.displayNameAttribute()),
                entry.getAttributeValue(settings.emailAttribute()), memberOf);
    }

    private String externalId(SearchResultEntry entry, DN dn) {
        Attribute id = entry.getAttribute(settings.idAttribute());
        if (id == null || !id.hasValue()) {
            return dn.toNormalizedString();
        }
        return ObjectGuid.isGuidAttribute(settings.idAttribute()) ? ObjectGuid.format(id.getValueByteArray())
                : id.getValue();
    }
}

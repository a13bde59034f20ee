package org.parley.auth.internal.saml;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.ExternalIdentity;

/** Turns a validated assertion's NameID and attributes into the identity Parley signs in, per the IdP's mapping. */
final class AttributeMapping {

    private static final int MAX_USERNAME = 128;

    private AttributeMapping() {
    }

    static ExternalIdentity identity(IdentityProvider idp, String nameId, Map<String, List<String>> attributes) {
        if (nameId == null || nameId.isBlank()) {
            throw new SamlRefusal("no-name-id", "the assertion has no NameID", idp.id());
        }
        String username = idp.usernameAttribute().isEmpty() ? nameId : first(attributes, idp.usernameAttribute());
        username = username.strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty() || username.length() > MAX_USERNAME) {
            throw new SamlRefusal("no-username", "no usable user name in "
                    + (idp.usernameAttribute().isEmpty() ? "the NameID" : "attribute " + idp.usernameAttribute()),
                    idp.id());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : attributes.getOrDefault(idp.roleAttribute(), List.of())) {
            Role role = idp.roleMapping().get(value);
            if (role != null) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            throw new SamlRefusal("no-role", "none of the values of attribute '" + idp.roleAttribute()
                    + "' is mapped to a Parley role", idp.id());
        }
        return new ExternalIdentity(idp.realm(), nameId, username, first(attributes, idp.displayNameAttribute()),
                first(attributes, idp.emailAttribute()), roles);
    }

    private static String first(Map<String, List<String>> attributes, String name) {
        List<String> values = name.isEmpty() ? List.of() : attributes.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}

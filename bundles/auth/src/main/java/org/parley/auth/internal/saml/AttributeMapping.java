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
    /**
     * Where the common IdPs put the display name and e-mail when the IdP's setting names no attribute: the LDAP names
     * (SimpleSAMLphp, Keycloak, Okta), their OIDs (Shibboleth, urn:oid format) and the claim URIs of AD FS and Entra.
     */
    private static final List<String> DISPLAY_NAMES = List.of("displayName", "urn:oid:2.16.840.1.113730.3.1.241",
            "http://schemas.microsoft.com/identity/claims/displayname", "cn", "urn:oid:2.5.4.3");
    private static final List<String> EMAILS = List.of("mail", "email", "urn:oid:0.9.2342.19200300.100.1.3",
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress");

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
        return new ExternalIdentity(idp.realm(), nameId, username,
                first(attributes, idp.displayNameAttribute(), DISPLAY_NAMES),
                first(attributes, idp.emailAttribute(), EMAILS), roles);
    }

    /** The configured attribute's first value; when none is configured, the first of the usual names present. */
    private static String first(Map<String, List<String>> attributes, String configured, List<String> usual) {
        if (!configured.isEmpty()) {
            return first(attributes, configured);
        }
        return usual.stream().map(name -> first(attributes, name)).filter(value -> !value.isBlank()).findFirst()
                .orElse("");
    }

    private static String first(Map<String, List<String>> attributes, String name) {
        List<String> values = name.isEmpty() ? List.of() : attributes.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}

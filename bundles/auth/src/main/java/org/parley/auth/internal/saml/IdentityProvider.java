package org.parley.auth.internal.saml;

import java.util.Map;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Role;

/**
 * One registered IdP, as stored: its metadata (the last that parsed), how its attributes become a Parley account,
 * and whether it accepts SHA-1 signatures. Accounts signed in through it live in realm {@code saml-<id>}.
 *
 * @param metadataUrl        where the metadata is refreshed from, or empty when it was pasted
 * @param usernameAttribute  empty: the NameID is the user name
 * @param roleMapping        role attribute value to Parley role
 */
public record IdentityProvider(String id, String name, boolean enabled, boolean allowSha1, String metadataUrl,
        String metadataXml, long metadataFetchedAt, String usernameAttribute, String displayNameAttribute,
        String emailAttribute, String roleAttribute, Map<String, Role> roleMapping, long createdAt) {

    public IdentityProvider {
        roleMapping = Map.copyOf(roleMapping);
    }

    public String realm() {
        return Account.SAML_REALM_PREFIX + id;
    }

    public IdpMetadata metadata() {
        return IdpMetadata.parse(metadataXml);
    }

    public IdentityProvider withMetadata(String xml, long fetchedAt) {
        return new IdentityProvider(id, name, enabled, allowSha1, metadataUrl, xml, fetchedAt, usernameAttribute,
                displayNameAttribute, emailAttribute, roleAttribute, roleMapping, createdAt);
    }
}

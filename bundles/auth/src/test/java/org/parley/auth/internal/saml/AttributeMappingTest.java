package org.parley.auth.internal.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.ExternalIdentity;

/** NameID and attributes to the identity Parley signs in: names, profile (with the usual defaults), roles. */
class AttributeMappingTest {

    private static IdentityProvider idp(String displayNameAttribute, String emailAttribute) {
        return new IdentityProvider("corp", "Corp", true, false, "", "", 0, "", displayNameAttribute, emailAttribute,
                "groups", Map.of("staff", Role.MEMBER, "it-admins", Role.ADMIN), 0);
    }

    @Test
    void withoutConfiguredAttributesTheUsualClaimsOfAdfsAndEntraGiveTheProfile() {
        ExternalIdentity identity = AttributeMapping.identity(idp("", ""), "Jane.Doe@Example.org", Map.of(
                "http://schemas.microsoft.com/identity/claims/displayname", List.of("Jane Doe"),
                "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", List.of("jane@example.org"),
                "groups", List.of("staff", "unmapped")));
        assertEquals("jane.doe@example.org", identity.username());
        assertEquals("Jane.Doe@Example.org", identity.externalId(), "the NameID as sent");
        assertEquals("Jane Doe", identity.displayName());
        assertEquals("jane@example.org", identity.email());
        assertEquals(Set.of(Role.MEMBER), identity.roles());
        assertEquals("saml-corp", identity.realm());
    }

    @Test
    void aConfiguredAttributeWinsAndIsNotReplacedByADefaultWhenMissing() {
        ExternalIdentity identity = AttributeMapping.identity(idp("fullName", "workMail"), "jd", Map.of(
                "displayName", List.of("Not This"), "mail", List.of("not@this.org"), "groups", List.of("it-admins")));
        assertEquals("jd", identity.displayName(), "no fullName attribute: the user name, not another attribute");
        assertEquals("", identity.email());
        assertEquals(Set.of(Role.ADMIN), identity.roles());
    }

    @Test
    void noMappedGroupIsRefused() {
        SamlRefusal refusal = assertThrows(SamlRefusal.class, () -> AttributeMapping.identity(idp("", ""), "jd",
                Map.of("groups", List.of("visitors"))));
        assertEquals("no-role", refusal.code());
    }
}

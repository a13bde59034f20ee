package org.parley.auth.internal.saml;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.api.rest.ProblemException;

/** JSON bodies of {@code saml/idps} and {@code saml/providers}. */
public final class SamlBodies {

    private SamlBodies() {
    }

    /**
     * {@code POST saml/idps} / {@code PUT saml/idps/{id}}: {@code metadataXml} or {@code metadataUrl} (fetched now
     * and every 24 h); {@code usernameAttribute} empty for the NameID; {@code roleMapping} value to role.
     */
    public record IdpRequest(String id, String name, String metadataXml, String metadataUrl, Boolean enabled,
            Boolean allowSha1, String usernameAttribute, String displayNameAttribute, String emailAttribute,
            String roleAttribute, Map<String, String> roleMapping) {
    }

    /** An IdP as administrators see it, with what its metadata says. */
    public record IdpView(String id, String name, boolean enabled, boolean allowSha1, String metadataUrl,
            String entityId, String ssoUrl, String sloUrl, Instant metadataFetchedAt, String usernameAttribute,
            String displayNameAttribute, String emailAttribute, String roleAttribute, Map<String, String> roleMapping,
            String loginUrl) {

        /** Stored metadata that no longer parses shows empty addresses, so the admin can still see and fix it. */
        static IdpView of(IdentityProvider idp) {
            IdpMetadata metadata;
            try {
                metadata = idp.metadata();
            } catch (ProblemException e) {
                metadata = new IdpMetadata("", "", "", List.of());
            }
            Map<String, String> mapping = new LinkedHashMap<>();
            idp.roleMapping().forEach((value, role) -> mapping.put(value, role.id()));
            return new IdpView(idp.id(), idp.name(), idp.enabled(), idp.allowSha1(), idp.metadataUrl(),
                    metadata.entityId(), metadata.ssoUrl(), metadata.sloUrl(),
                    Instant.ofEpochMilli(idp.metadataFetchedAt()), idp.usernameAttribute(),
                    idp.displayNameAttribute(), idp.emailAttribute(), idp.roleAttribute(), mapping,
                    Provider.loginUrl(idp.id()));
        }
    }

    /** {@code GET saml/providers}: what the sign-in page shows. */
    public record Provider(String id, String name, String loginUrl) {

        static String loginUrl(String id) {
            return "/saml/login?idp=" + id;
        }
    }
}

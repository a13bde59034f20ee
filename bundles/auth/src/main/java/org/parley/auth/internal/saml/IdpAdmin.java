package org.parley.auth.internal.saml;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parley.api.ClientAddress;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.AuthServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administration of the IdP registry: checks a request (422 naming the field), fetches or parses metadata before
 * anything is stored, keeps entityIDs unique, audits every change ({@code saml.idp.create|update|delete|refresh}).
 * Removing an IdP ends the sessions and tokens of its accounts.
 */
public final class IdpAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(IdpAdmin.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,25}");
    private static final int MAX_TEXT = 255;

    private final IdpStore idps;
    private final MetadataFetcher fetcher;
    private final AuthServices services;

    public IdpAdmin(IdpStore idps, MetadataFetcher fetcher, AuthServices services) {
        this.idps = idps;
        this.fetcher = fetcher;
        this.services = services;
    }

    public IdentityProvider create(SamlBodies.IdpRequest body, String actor, ClientAddress client) {
        String id = body == null || body.id() == null ? "" : body.id();
        if (!ID.matcher(id).matches()) {
            throw new ProblemException(422, "Invalid IdP id", "The id must be 1-26 lower-case letters, digits or "
                    + "'-', starting with a letter or digit.", "id");
        }
        if (idps.byId(id).isPresent()) {
            throw new ProblemException(409, "IdP exists", "An identity provider '" + id + "' exists already.", "id");
        }
        IdentityProvider idp = checked(id, body, null);
        idps.insert(idp);
        services.audit.success(actor, client, "saml.idp.create", id, details(idp));
        return idp;
    }

    public IdentityProvider update(String id, SamlBodies.IdpRequest body, String actor, ClientAddress client) {
        IdentityProvider before = existing(id);
        IdentityProvider idp = checked(id, body, before);
        idps.update(idp);
        Map<String, String> details = details(idp);
        details.put("enabledBefore", Boolean.toString(before.enabled()));
        services.audit.success(actor, client, "saml.idp.update", id, details);
        return idp;
    }

    public void delete(String id, String actor, ClientAddress client) {
        IdentityProvider idp = existing(id);
        idps.delete(id);
        for (Account account : services.external.inRealm(idp.realm())) {
            services.external.revoke(account, "identity provider " + id + " removed");
        }
        services.audit.success(actor, client, "saml.idp.delete", id, Map.of("realm", idp.realm()));
    }

    /** Fetches the metadata again; on failure the last good one stays, the failure is logged and audited. */
    public IdentityProvider refresh(String id, String actor, ClientAddress client) {
        IdentityProvider idp = existing(id);
        if (idp.metadataUrl().isEmpty()) {
            throw new ProblemException(409, "No metadata URL", "The metadata of '" + id + "' was pasted; send it "
                    + "again with PUT saml/idps/" + id + ".");
        }
        try {
            String xml = fetcher.fetch(idp.metadataUrl());
            IdpMetadata.parse(xml);
            IdentityProvider refreshed = idp.withMetadata(xml, services.clock.millis());
            idps.update(refreshed);
            services.audit.success(actor, client, "saml.idp.refresh", id, details(refreshed));
            return refreshed;
        } catch (ProblemException e) {
            LOG.warn("Refreshing the metadata of IdP {} from {} failed, keeping the last good one: {}", id,
                    idp.metadataUrl(), e.getMessage());
            services.audit.record(actor, client, "saml.idp.refresh", id, Outcome.FAILURE,
                    Map.of("reason", String.valueOf(e.getMessage())));
            throw e;
        }
    }

    /** The periodic refresh, as "system", of every IdP with a metadata URL fetched longer ago than {@code age}. */
    public void refreshOlderThan(Duration age) {
        long due = services.clock.millis() - age.toMillis();
        for (IdentityProvider idp : idps.all()) {
            if (!idp.metadataUrl().isEmpty() && idp.metadataFetchedAt() <= due) {
                try {
                    refresh(idp.id(), "system", null);
                } catch (RuntimeException e) {
                    LOG.debug("IdP {} keeps its last good metadata", idp.id(), e);
                }
            }
        }
    }

    private IdentityProvider existing(String id) {
        return idps.byId(id).orElseThrow(() -> new ProblemException(404, "Unknown IdP",
                "There is no identity provider '" + id + "'."));
    }

    private IdentityProvider checked(String id, SamlBodies.IdpRequest body, IdentityProvider before) {
        if (body == null) {
            throw ProblemException.badRequest("Send the identity provider as JSON.");
        }
        String name = text(body.name(), "name", true);
        String url = body.metadataUrl() == null ? "" : body.metadataUrl().strip();
        String xml = body.metadataXml() == null ? "" : body.metadataXml().strip();
        long fetchedAt = services.clock.millis();
        if (!url.isEmpty()) {
            xml = fetcher.fetch(url);
        } else if (xml.isEmpty() && before != null) {
            xml = before.metadataXml();
            url = before.metadataUrl();
            fetchedAt = before.metadataFetchedAt();
        } else if (xml.isEmpty()) {
            throw new ProblemException(422, "Metadata missing", "Give metadataXml or metadataUrl.", "metadataXml");
        }
        String entityId = IdpMetadata.parse(xml).entityId();
        idps.all().stream().filter(other -> !other.id().equals(id))
                .filter(other -> Objects.equals(entityId(other), entityId)).findFirst().ifPresent(other -> {
                    throw new ProblemException(409, "IdP registered twice", "Identity provider '" + other.id()
                            + "' has the same entityID " + entityId + ".", "metadataXml");
                });
        return new IdentityProvider(id, name, body.enabled() == null || body.enabled(),
                Boolean.TRUE.equals(body.allowSha1()), url, xml, fetchedAt,
                text(body.usernameAttribute(), "usernameAttribute", false),
                text(body.displayNameAttribute(), "displayNameAttribute", false),
                text(body.emailAttribute(), "emailAttribute", false), text(body.roleAttribute(), "roleAttribute", true),
                roleMapping(body.roleMapping()), before == null ? services.clock.millis() : before.createdAt());
    }

    private static Map<String, Role> roleMapping(Map<String, String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new ProblemException(422, "Role mapping missing", "Map at least one value of the role attribute "
                    + "to a role (admin, auditor, host, member).", "roleMapping");
        }
        Map<String, Role> mapping = new LinkedHashMap<>();
        requested.forEach((value, role) -> {
            if (value == null || value.isEmpty() || value.length() > MAX_TEXT || value.contains("\n")) {
                throw new ProblemException(422, "Invalid role mapping", "A mapped value must be 1-255 characters on "
                        + "one line.", "roleMapping");
            }
            mapping.put(value, Role.parse(role).orElseThrow(() -> new ProblemException(422, "Invalid role mapping",
                    "'" + role + "' is not a role (admin, auditor, host, member).", "roleMapping")));
        });
        return mapping;
    }

    private static String text(String value, String field, boolean required) {
        String text = value == null ? "" : value.strip();
        if ((required && text.isEmpty()) || text.length() > MAX_TEXT) {
            throw new ProblemException(422, "Invalid " + field, field + " must be " + (required ? "1" : "0")
                    + "-255 characters.", field);
        }
        return text;
    }

    private static String entityId(IdentityProvider idp) {
        try {
            return idp.metadata().entityId();
        } catch (ProblemException e) {
            return null;
        }
    }

    private static Map<String, String> details(IdentityProvider idp) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("entityId", idp.metadata().entityId());
        details.put("enabled", Boolean.toString(idp.enabled()));
        details.put("metadataUrl", idp.metadataUrl());
        details.put("allowSha1", Boolean.toString(idp.allowSha1()));
        return details;
    }
}

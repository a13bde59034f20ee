package org.parley.auth.internal.saml;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.store.Jdbc;

/** The IdP registry in {@code auth_saml_idp}. The role mapping is stored as lines {@code value=role}. */
public final class IdpStore {

    private static final String COLUMNS = "id, name, enabled, allow_sha1, metadata_url, metadata_xml, "
            + "metadata_fetched_at, username_attribute, display_name_attribute, email_attribute, role_attribute, "
            + "role_mapping, created_at";

    private final Jdbc jdbc;

    public IdpStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<IdentityProvider> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM auth_saml_idp ORDER BY name, id", IdpStore::row);
    }

    public Optional<IdentityProvider> byId(String id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM auth_saml_idp WHERE id = ?", IdpStore::row, id);
    }

    public void insert(IdentityProvider idp) {
        jdbc.update("INSERT INTO auth_saml_idp (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                idp.id(), idp.name(), idp.enabled(), idp.allowSha1(), idp.metadataUrl(), idp.metadataXml(),
                idp.metadataFetchedAt(), idp.usernameAttribute(), idp.displayNameAttribute(), idp.emailAttribute(),
                idp.roleAttribute(), mapping(idp.roleMapping()), idp.createdAt());
    }

    public void update(IdentityProvider idp) {
        jdbc.update("UPDATE auth_saml_idp SET name = ?, enabled = ?, allow_sha1 = ?, metadata_url = ?, "
                + "metadata_xml = ?, metadata_fetched_at = ?, username_attribute = ?, display_name_attribute = ?, "
                + "email_attribute = ?, role_attribute = ?, role_mapping = ? WHERE id = ?",
                idp.name(), idp.enabled(), idp.allowSha1(), idp.metadataUrl(), idp.metadataXml(),
                idp.metadataFetchedAt(), idp.usernameAttribute(), idp.displayNameAttribute(), idp.emailAttribute(),
                idp.roleAttribute(), mapping(idp.roleMapping()), idp.id());
    }

    public boolean delete(String id) {
        return jdbc.update("DELETE FROM auth_saml_idp WHERE id = ?", id) > 0;
    }

    static String mapping(Map<String, Role> mapping) {
        return mapping.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().id())
                .collect(Collectors.joining("\n"));
    }

    /** Values may hold '=' (group DNs); role ids never do, so the last '=' separates. */
    static Map<String, Role> mapping(String stored) {
        Map<String, Role> mapping = new LinkedHashMap<>();
        for (String line : stored.split("\n")) {
            int at = line.lastIndexOf('=');
            if (at > 0) {
                Role.parse(line.substring(at + 1)).ifPresent(role -> mapping.put(line.substring(0, at), role));
            }
        }
        return mapping;
    }

    private static IdentityProvider row(ResultSet row) throws SQLException {
        String url = row.getString("metadata_url");
        return new IdentityProvider(row.getString("id"), row.getString("name"), row.getBoolean("enabled"),
                row.getBoolean("allow_sha1"), url == null ? "" : url, row.getString("metadata_xml"),
                row.getLong("metadata_fetched_at"), row.getString("username_attribute"),
                row.getString("display_name_attribute"), row.getString("email_attribute"),
                row.getString("role_attribute"), mapping(row.getString("role_mapping")), row.getLong("created_at"));
    }
}

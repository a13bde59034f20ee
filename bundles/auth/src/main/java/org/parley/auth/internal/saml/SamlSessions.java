package org.parley.auth.internal.saml;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.parley.auth.internal.store.Jdbc;

/** The IdP session (NameID, SessionIndex) behind each Parley session signed in by SAML: {@code auth_saml_session}. */
public final class SamlSessions {

    /** One link between a Parley session and an IdP session. */
    public record Link(String sessionId, String idpId, String nameId, String nameIdFormat, String sessionIndex) {
    }

    private static final String SELECT = "SELECT session_id, idp_id, name_id, name_id_format, session_index "
            + "FROM auth_saml_session";

    private final Jdbc jdbc;

    public SamlSessions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Link link) {
        jdbc.update("INSERT INTO auth_saml_session (session_id, idp_id, name_id, name_id_format, session_index) "
                + "VALUES (?, ?, ?, ?, ?)", link.sessionId(), link.idpId(), link.nameId(), link.nameIdFormat(),
                link.sessionIndex());
    }

    public Optional<Link> ofSession(String sessionId) {
        return jdbc.one(SELECT + " WHERE session_id = ?", SamlSessions::row, sessionId);
    }

    public List<Link> ofNameId(String idpId, String nameId) {
        return jdbc.query(SELECT + " WHERE idp_id = ? AND name_id = ?", SamlSessions::row, idpId, nameId);
    }

    public void delete(String sessionId) {
        jdbc.update("DELETE FROM auth_saml_session WHERE session_id = ?", sessionId);
    }

    /** Links whose Parley session has ended some other way (timeout, sign-out everywhere). */
    public int deleteOrphans() {
        return jdbc.update("DELETE FROM auth_saml_session WHERE session_id NOT IN (SELECT id FROM auth_session)");
    }

    private static Link row(ResultSet row) throws SQLException {
        return new Link(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5));
    }
}

package org.parley.auth.internal.saml;

import org.parley.auth.internal.store.Jdbc;
import org.parley.auth.internal.store.StoreException;

/**
 * Assertion IDs already consumed ({@code auth_saml_assertion}), kept until the assertion's NotOnOrAfter (after which
 * java-saml refuses it anyway): the primary key makes a second use fail even when two arrive at once.
 */
public final class ReplayCache {

    private final Jdbc jdbc;

    public ReplayCache(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time this IdP's assertion ID is seen; false for a replay. */
    public boolean firstUse(String idpId, String assertionId, long expiresAt, long now) {
        jdbc.update("DELETE FROM auth_saml_assertion WHERE expires_at < ?", now);
        if (jdbc.one("SELECT 1 FROM auth_saml_assertion WHERE idp_id = ? AND assertion_id = ?", row -> 1, idpId,
                assertionId).isPresent()) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO auth_saml_assertion (idp_id, assertion_id, expires_at) VALUES (?, ?, ?)", idpId,
                    assertionId, expiresAt);
            return true;
        } catch (StoreException e) {
            return false;
        }
    }
}

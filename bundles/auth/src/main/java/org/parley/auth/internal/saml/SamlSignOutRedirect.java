package org.parley.auth.internal.saml;

import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.core.SignOutRedirect;
import org.parley.auth.internal.session.SessionRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SP-initiated single logout: after {@code POST auth/sign-out} of a SAML session, the browser goes to the IdP's
 * logout with a LogoutRequest. A failure here never blocks signing out of Parley; it is logged and the IdP skipped.
 */
@Component(service = SignOutRedirect.class)
public class SamlSignOutRedirect implements SignOutRedirect {

    private static final Logger LOG = LoggerFactory.getLogger(SamlSignOutRedirect.class);

    private final SamlService saml;

    @Activate
    public SamlSignOutRedirect(@Reference SamlService saml) {
        this.saml = saml;
    }

    @Override
    public Optional<String> after(SessionRecord session, Account account) {
        try {
            return saml.logout().after(session, account);
        } catch (RuntimeException e) {
            LOG.warn("No single logout at the IdP for session {}: {}", session.id(), e.getMessage());
            return Optional.empty();
        }
    }
}

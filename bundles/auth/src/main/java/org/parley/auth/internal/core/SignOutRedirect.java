package org.parley.auth.internal.core;

import java.util.Optional;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.session.SessionRecord;

/**
 * Where the browser goes after signing out of a session, when the session came from a realm with its own sign-out
 * (a SAML IdP's single logout). The SAML service provider publishes it as an OSGi service; {@code POST auth/sign-out}
 * then answers {@code {"redirect": url}}.
 */
public interface SignOutRedirect {

    /** Asked before the session ends. */
    Optional<String> after(SessionRecord session, Account account);
}

package org.parley.auth.internal.core;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.AccountStore;
import org.parley.auth.internal.session.SessionStore;
import org.parley.auth.internal.session.TokenStore;
import org.parley.auth.internal.store.StoreException;

/**
 * The accounts of realms outside Parley (the directory, SAML IdPs), kept in {@code auth_account} under (realm,
 * external id) so they never merge with a local account of the same name. The realm is the authority on name,
 * profile and roles: they are written at every sign-in and re-check. Whether an admin disabled the account in Parley
 * stays Parley's. Such accounts have no Parley password.
 */
public final class ExternalAccounts {

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final TokenStore tokens;
    private final AuthAudit audit;
    private final Clock clock;
    private final SessionOpener opener;

    ExternalAccounts(AccountStore accounts, SessionStore sessions, TokenStore tokens, AuthAudit audit, Clock clock,
            SessionOpener opener) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.opener = opener;
    }

    /**
     * Signs in someone the realm vouches for (SAML: the IdP did the second factor): creates or updates the account
     * and opens a session. An account an admin disabled in Parley is refused (401), audited.
     */
    public SignIn.NewSession signIn(ExternalIdentity identity, ClientAddress client) {
        Account account = sync(identity);
        if (account.disabled()) {
            audit.record(account.username(), client, "auth.sign-in", account.username(), Outcome.FAILURE,
                    Map.of("reason", "disabled in Parley", "realm", identity.realm()));
            throw SignIn.refused();
        }
        return opener.open(account, client);
    }

    /** Creates or updates the account from what the realm says, without a session (sign-in, periodic re-check). */
    public Account sync(ExternalIdentity identity) {
        return accounts.byExternalId(identity.realm(), identity.externalId())
                .map(known -> update(known, identity))
                .orElseGet(() -> create(identity));
    }

    public List<Account> inRealm(String realm) {
        return accounts.inRealm(realm);
    }

    /**
     * Ends every session and token of the account: the realm no longer vouches for the user (removed, disabled, in
     * no mapped group). The account stays, so the audit trail keeps its name; the next sign-in asks the realm again.
     */
    public void revoke(Account account, String reason) {
        int ended = sessions.deleteOfAccount(account.id()) + tokens.deleteOfAccount(account.id());
        audit.success("system", null, "auth.realm.revoke", account.username(), Map.of("realm", account.realm(),
                "reason", reason, "ended", Integer.toString(ended)));
    }

    private Account update(Account known, ExternalIdentity identity) {
        Account synced = known.withRoles(identity.roles())
                .withProfile(identity.displayName(), identity.email(), known.disabled());
        if (!synced.equals(known)) {
            accounts.update(synced);
            audit.success("system", null, "user.update", known.username(), Map.of("realm", known.realm(),
                    "before", known.describe(), "after", synced.describe()));
        }
        return synced;
    }

    private Account create(ExternalIdentity identity) {
        if (accounts.byUsername(identity.realm(), identity.username()).isPresent()) {
            // Another identity of the realm had this name (e.g. a user deleted and re-created in the directory).
            audit.record("system", null, "user.create", identity.username(), Outcome.FAILURE, Map.of("realm",
                    identity.realm(), "reason", "the name belongs to another identity of the realm; delete the old "
                    + "account in Parley to let this one in"));
            throw SignIn.refused();
        }
        Account account = new Account(UUID.randomUUID().toString(), identity.realm(), identity.externalId(),
                identity.username(), identity.displayName(), identity.email(), identity.roles(), false, null, false,
                false, null, null, 0, clock.millis());
        try {
            accounts.insert(account);
        } catch (StoreException e) {
            // Two first sign-ins of the same user at once: the other one created it.
            return accounts.byExternalId(identity.realm(), identity.externalId()).orElseThrow(() -> e);
        }
        audit.success("system", null, "user.create", account.username(), Map.of("realm", account.realm(),
                "after", account.describe()));
        return account;
    }

    /** The answer to a password change or reset of an account whose password is kept by its realm. */
    static ProblemException passwordElsewhere(Account account) {
        return ProblemException.conflict("The password of " + account.username() + " is managed by "
                + (account.isSingleSignOn() ? "the single sign-on provider" : "the directory")
                + ", not by Parley; change it there.");
    }
}

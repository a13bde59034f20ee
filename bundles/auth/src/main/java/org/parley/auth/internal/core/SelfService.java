package org.parley.auth.internal.core;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.AccountStore;
import org.parley.auth.internal.crypto.Base32;
import org.parley.auth.internal.guard.BruteForceGuard;
import org.parley.auth.internal.mfa.RecoveryCodes;
import org.parley.auth.internal.mfa.Totp;
import org.parley.auth.internal.password.PasswordHasher;
import org.parley.auth.internal.password.PasswordPolicy;
import org.parley.auth.internal.settings.MfaPolicy;

/** What every user may do to their own account: change the password, enrol TOTP. Audited. */
public final class SelfService {

    /** A TOTP secret offered for enrolment. */
    public record TotpOffer(String secret, String otpauthUri) {
    }

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final Supplier<PasswordPolicy> passwords;
    private final Supplier<MfaPolicy> mfa;
    private final BruteForceGuard guard;
    private final AuthAudit audit;
    private final FirstRun firstRun;
    private final Clock clock;

    public SelfService(AccountStore accounts, PasswordHasher hasher, Supplier<PasswordPolicy> passwords,
            Supplier<MfaPolicy> mfa, BruteForceGuard guard, AuthAudit audit, FirstRun firstRun, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwords = passwords;
        this.mfa = mfa;
        this.guard = guard;
        this.audit = audit;
        this.firstRun = firstRun;
        this.clock = clock;
    }

    public Account account(Caller caller) {
        return accounts.byId(caller.accountId()).orElseThrow(() -> new ProblemException(401, "Session ended",
                "Your account no longer exists."));
    }

    public void changePassword(Caller caller, String current, String proposed, ClientAddress client) {
        Account account = account(caller);
        if (!account.isLocal()) {
            throw ExternalAccounts.passwordElsewhere(account);
        }
        if (account.passwordHash() == null || !hasher.matches(current == null ? "" : current,
                account.passwordHash())) {
            if (guard.recordFailure(account.username(), client.host(), clock.now())) {
                audit.record("anonymous", client, "auth.lock", account.username(),
                        org.parley.audit.api.AuditEvent.Outcome.SUCCESS, Map.of("reason", "wrong current passwords"));
            }
            audit.record(account.username(), client, "account.password.change", account.username(),
                    org.parley.audit.api.AuditEvent.Outcome.FAILURE, Map.of("reason", "wrong current password"));
            throw ProblemException.invalid("current", "The current password is not correct.");
        }
        passwords.get().problem(proposed, account.username()).ifPresent(problem -> {
            throw ProblemException.invalid("new", problem);
        });
        if (hasher.matches(proposed, account.passwordHash())) {
            throw ProblemException.invalid("new", "The new password must differ from the current one.");
        }
        Account changed = account.withPassword(hasher.hash(proposed), false);
        accounts.update(changed);
        audit.success(account.username(), client, "account.password.change", account.username(), Map.of());
        firstRun.completeIfDone(changed);
    }

    /** Offers a new TOTP secret; it counts only once confirmed with a code. */
    public TotpOffer startTotp(Caller caller) {
        Account account = account(caller);
        if (account.mfaEnrolled()) {
            throw ProblemException.conflict("TOTP is already enrolled. An administrator can reset it.");
        }
        if (account.isSingleSignOn()) {
            throw ProblemException.conflict("Your single sign-on provider asks for the second factor, not Parley.");
        }
        String secret = Base32.encode(Totp.newSecret());
        accounts.update(account.withTotp(null, secret, account.totpLastStep(), account.mfaEnrolmentRequired()));
        return new TotpOffer(secret, Totp.uri(mfa.get().issuer(), account.username(), secret));
    }

    /** Confirms the offered secret with a code from the app; returns ten recovery codes, shown this once. */
    public List<String> confirmTotp(Caller caller, String code, ClientAddress client) {
        Account account = account(caller);
        if (account.totpPendingSecret() == null) {
            throw ProblemException.conflict("Start the enrolment first (POST /api/v1/account/mfa/totp).");
        }
        OptionalLong step = Totp.verify(Base32.decode(account.totpPendingSecret()), code == null ? "" : code.strip(),
                clock.now(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw ProblemException.invalid("code", "The code does not match; check the time on your phone and "
                    + "enter the current code.");
        }
        List<String> codes = RecoveryCodes.generate();
        accounts.replaceRecoveryCodes(account.id(), codes.stream().map(RecoveryCodes::digest).toList());
        Account enrolled = account.withTotp(account.totpPendingSecret(), null, step.getAsLong(), false);
        accounts.update(enrolled);
        audit.success(account.username(), client, "account.mfa.enrol", account.username(), Map.of("factor", "totp"));
        firstRun.completeIfDone(enrolled);
        return codes;
    }
}

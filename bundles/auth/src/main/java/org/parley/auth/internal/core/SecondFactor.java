package org.parley.auth.internal.core;

import java.util.Optional;
import java.util.OptionalLong;
import org.parley.api.Clock;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.AccountStore;
import org.parley.auth.internal.crypto.Base32;
import org.parley.auth.internal.mfa.RecoveryCodes;
import org.parley.auth.internal.mfa.Totp;

/**
 * Checks the second factor of an enrolled account: a TOTP code (the step it matched is remembered, atomically, so
 * the same code or an older one is refused from then on) or an unused recovery code (then marked used).
 */
public final class SecondFactor {

    public static final String TOTP = "totp";
    public static final String RECOVERY = "recovery";

    private final AccountStore accounts;
    private final Clock clock;

    public SecondFactor(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @return which factor was accepted, or empty when the code is wrong or already used */
    public Optional<String> accept(Account account, String code) {
        if (RecoveryCodes.looksLikeOne(code)) {
            return accounts.useRecoveryCode(account.id(), RecoveryCodes.digest(code), clock.millis())
                    ? Optional.of(RECOVERY) : Optional.empty();
        }
        OptionalLong step = Totp.verify(Base32.decode(account.totpSecret()), code, clock.now(),
                account.totpLastStep());
        if (step.isPresent() && accounts.advanceTotpStep(account.id(), step.getAsLong())) {
            return Optional.of(TOTP);
        }
        return Optional.empty();
    }
}

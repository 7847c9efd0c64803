package org.coordina.accounts.internal;

import java.time.Clock;
import java.util.Optional;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user does with their own account. */
@Service
@Transactional
public class OwnAccount {

    private final UserAccountRepository accounts;

    private final PasswordHashing hashing;

    private final VerifiedPasswords verifiedPasswords;

    private final Clock clock;

    OwnAccount(UserAccountRepository accounts, PasswordHashing hashing, VerifiedPasswords verifiedPasswords,
            Clock clock) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.verifiedPasswords = verifiedPasswords;
        this.clock = clock;
    }

    /** The local account of this user; users of an external identity provider have none. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username));
    }

    /**
     * Changes the user's password, given the current one (so that a session or token left open is
     * not enough to take an account over). A wrong current password breaks a rule: 422.
     */
    public void changePassword(String username, String currentPassword, String newPassword) {
        var account = find(username).orElseThrow(() -> DomainProblem.ruleViolated("accounts.password.noLocalAccount"));
        if (!hashing.matches(currentPassword, account.getPasswordHash())) {
            throw DomainProblem.ruleViolated("accounts.password.currentWrong");
        }
        PasswordPolicy.check(newPassword);
        account.changePasswordHash(hashing.hash(newPassword), clock.instant());
        accounts.save(account);
        verifiedPasswords.forget(account.getUsername());
    }
}

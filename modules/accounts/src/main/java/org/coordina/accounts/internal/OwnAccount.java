package org.coordina.accounts.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user does with their own account. */
@Service
@Transactional
class OwnAccount {

    private final UserAccounts accounts;

    private final PasswordHashing hashing;

    private final VerifiedPasswords verifiedPasswords;

    OwnAccount(UserAccounts accounts, PasswordHashing hashing, VerifiedPasswords verifiedPasswords) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.verifiedPasswords = verifiedPasswords;
    }

    /** The local account of this user; users of an external identity provider have none. */
    @Transactional(readOnly = true)
    Optional<UserAccount> find(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username));
    }

    /**
     * Changes the user's password, given the current one (so that a session or token left open is
     * not enough to take an account over). A wrong current password breaks a rule: 422.
     */
    void changePassword(String username, String currentPassword, String newPassword) {
        var account = find(username).orElseThrow(() -> new AccountRuleViolated("accounts.password.noLocalAccount"));
        if (!hashing.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRuleViolated("accounts.password.currentWrong");
        }
        PasswordPolicy.check(newPassword);
        account.changePasswordHash(hashing.hash(newPassword));
        accounts.save(account);
        verifiedPasswords.forget(account.getUsername());
    }
}

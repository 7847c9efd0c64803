package org.coordina.accounts.internal;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Ticker;
import org.coordina.sharedkernel.security.Role;

/**
 * The module's services wired by hand on in-memory repositories, with bcrypt at its lowest cost:
 * for Spring-free unit tests of the services and authentication providers.
 */
class AccountsFixture {

    static final String PASSWORD = "correct horse battery";

    final InMemoryApiKeys apiKeys = new InMemoryApiKeys();

    final InMemoryUserAccounts accounts = new InMemoryUserAccounts(apiKeys);

    final InMemoryKnownCommissions knownCommissions = new InMemoryKnownCommissions();

    final CommissionProjection projection = new CommissionProjection(knownCommissions);

    final PasswordHashing hashing = new PasswordHashing(PasswordHashingTests.CHEAP);

    final VerifiedPasswords verifiedPasswords = new VerifiedPasswords(hashing, Duration.ofMinutes(5), 100,
            Ticker.systemTicker());

    final UserAdministration administration = new UserAdministration(accounts, apiKeys, projection, hashing,
            verifiedPasswords);

    final OwnAccount ownAccount = new OwnAccount(accounts, hashing, verifiedPasswords);

    /** A saved account (version 1) with {@link #PASSWORD}. */
    UserAccount saved(String username, Role role, String commission) {
        return accounts.save(UserAccount.open(username, "Some One", username + "@example.org",
                new RoleAssignment(role, commission), hashing.hash(PASSWORD)));
    }

    /** A commission the regional-commissions module has announced. */
    void knownCommission(String code, String status) {
        projection.project(UUID.randomUUID(), code, status, 1);
    }
}

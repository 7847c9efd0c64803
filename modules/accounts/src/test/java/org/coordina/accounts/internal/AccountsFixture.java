package org.coordina.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Ticker;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;

/**
 * The module's services wired by hand on in-memory repositories, with bcrypt at its lowest cost:
 * for Spring-free unit tests of the services and authentication providers.
 */
class AccountsFixture {

    static final String PASSWORD = "correct horse battery";

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final InMemoryApiKeys apiKeys = new InMemoryApiKeys();

    final InMemoryUserAccounts accounts = new InMemoryUserAccounts(apiKeys);

    final InMemoryKnownCommissions knownCommissions = new InMemoryKnownCommissions();

    final CommissionProjection projection = new CommissionProjection(knownCommissions, clock);

    final PasswordHashing hashing = new PasswordHashing(PasswordHashingTests.CHEAP);

    final VerifiedPasswords verifiedPasswords = new VerifiedPasswords(hashing, Duration.ofMinutes(5), 100,
            Ticker.systemTicker());

    final UserAdministration administration = new UserAdministration(accounts, apiKeys, projection, hashing,
            verifiedPasswords, clock);

    final OwnAccount ownAccount = new OwnAccount(accounts, hashing, verifiedPasswords, clock);

    /** A saved account (version 1) with {@link #PASSWORD}. */
    UserAccount saved(String username, Role role, String commission) {
        return accounts.save(UserAccount.open(username, "Some One", username + "@example.org",
                new RoleAssignment(role, code(commission)), hashing.hash(PASSWORD)));
    }

    /** A commission the regional-commissions module has announced. */
    void knownCommission(String code, CommissionStatus status) {
        projection.project(UUID.randomUUID(), code(code), status, 1);
    }

    static CommissionCode code(String code) {
        return code == null ? null : CommissionCode.parse(code);
    }
}

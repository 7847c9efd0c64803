package org.coordina.accounts.internal;

import java.time.Clock;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a national administrator does with accounts: open them, change roles, disable and enable,
 * reset passwords and hand integrators API keys. Every change names the version it was based on.
 */
@Service
@Transactional
public class UserAdministration {

    private final UserAccountRepository accounts;

    private final ApiKeyRepository apiKeys;

    private final CommissionProjection commissions;

    private final PasswordHashing hashing;

    private final VerifiedPasswords verifiedPasswords;

    private final Clock clock;

    UserAdministration(UserAccountRepository accounts, ApiKeyRepository apiKeys, CommissionProjection commissions,
            PasswordHashing hashing, VerifiedPasswords verifiedPasswords, Clock clock) {
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.commissions = commissions;
        this.hashing = hashing;
        this.verifiedPasswords = verifiedPasswords;
        this.clock = clock;
    }

    /** A page of accounts, in the order asked for (the web layer lets only whitelisted properties through). */
    @Transactional(readOnly = true)
    public Page<UserAccount> list(Pageable pageable) {
        return accounts.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public UserAccount get(String username) {
        return find(username);
    }

    public UserAccount open(NewAccount request) {
        var assignment = new RoleAssignment(request.role(), request.commission());
        if (assignment.isLocal()) {
            commissions.requireBindable(assignment.commission());
        }
        PasswordPolicy.check(request.initialPassword());
        var username = UserAccount.normalizeUsername(request.username());
        if (accounts.existsByUsername(username)) {
            throw DomainProblem.conflict("accounts.username.taken", username);
        }
        var account = UserAccount.open(username, request.displayName(), request.email(), assignment,
                hashing.hash(request.initialPassword()));
        return accounts.save(account.announceOpening(clock.instant()));
    }

    public UserAccount changeRole(String username, long expectedVersion, RoleAssignment assignment,
            String administrator) {
        var account = current(username, expectedVersion);
        refuseSelfLockout(account, administrator);
        if (assignment.isLocal()) {
            commissions.requireBindable(assignment.commission());
        }
        account.assign(assignment, clock.instant());
        return accounts.save(account);
    }

    public UserAccount disable(String username, long expectedVersion, String administrator) {
        var account = current(username, expectedVersion);
        refuseSelfLockout(account, administrator);
        account.disable(clock.instant());
        var saved = accounts.save(account);
        verifiedPasswords.forget(saved.getUsername());
        return saved;
    }

    public UserAccount enable(String username, long expectedVersion) {
        var account = current(username, expectedVersion);
        account.enable(clock.instant());
        return accounts.save(account);
    }

    public UserAccount resetPassword(String username, long expectedVersion, String newPassword) {
        var account = current(username, expectedVersion);
        PasswordPolicy.check(newPassword);
        account.changePasswordHash(hashing.hash(newPassword), clock.instant());
        var saved = accounts.save(account);
        verifiedPasswords.forget(saved.getUsername());
        return saved;
    }

    public IssuedApiKey issueApiKey(String username, String name) {
        var owner = find(username);
        var secret = ApiKeySecret.generate();
        var key = apiKeys.save(ApiKey.issue(owner, name, secret));
        return new IssuedApiKey(key, secret);
    }

    /** A page of a user's keys, in the order asked for. */
    @Transactional(readOnly = true)
    public Page<ApiKey> apiKeysOf(String username, Pageable pageable) {
        return apiKeys.findByUserId(find(username).getId(), pageable);
    }

    public void revokeApiKey(String username, UUID keyId) {
        var owner = find(username);
        var key = apiKeys.findByIdAndUserId(keyId, owner.getId())
                .orElseThrow(() -> DomainProblem.notFound("accounts.notFound", keyId.toString()));
        if (!key.isRevoked()) {
            key.revoke(clock.instant());
            apiKeys.save(key);
        }
    }

    private UserAccount find(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username))
                .orElseThrow(() -> DomainProblem.notFound("accounts.notFound", username));
    }

    private UserAccount current(String username, long expectedVersion) {
        var account = find(username);
        StaleVersions.require("Account " + username, account.getVersion(), expectedVersion);
        return account;
    }

    /** An administrator cannot disable or demote themselves, which could leave nobody to undo it. */
    private static void refuseSelfLockout(UserAccount account, String administrator) {
        if (account.getUsername().equals(UserAccount.normalizeUsername(administrator))) {
            throw DomainProblem.ruleViolated("accounts.self.lockout");
        }
    }
}

package org.coordina.accounts.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.coordina.accounts.events.AccountAccessChanged;
import org.coordina.accounts.events.AccountAccessChanged.Change;
import org.coordina.accounts.events.AccountOpened;
import org.coordina.accounts.events.AccountRole;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.coordina.sharedkernel.security.Role;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's (or an integrating system's) account: who they are, how they prove it (a bcrypt hash,
 * never the password) and what they may do (one role, bound to a commission for the local roles).
 */
@Table(schema = "accounts", name = "user_account")
public class UserAccount extends AbstractAggregateRoot<UserAccount> {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    @Id
    private UUID id;

    private String username;

    private String displayName;

    private String email;

    private String passwordHash;

    private Role role;

    private String commissionCode;

    private boolean enabled;

    /** Changes with every change of what the account may do; bearer tokens carry it (see SecurityStamps). */
    private String securityStamp;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private UserAccount() {
    }

    /** A new, enabled account; the password has already been hashed (and checked by the caller). */
    static UserAccount open(String username, String displayName, String email, RoleAssignment assignment,
            String passwordHash) {
        var normalized = normalizeUsername(username);
        if (!USERNAME.matcher(normalized).matches()) {
            throw DomainProblem.ruleViolated("accounts.username.malformed", username);
        }
        var account = new UserAccount();
        account.id = UUID.randomUUID();
        account.username = normalized;
        account.passwordHash = Objects.requireNonNull(passwordHash);
        account.enabled = true;
        account.securityStamp = newStamp();
        account.describe(displayName, email);
        account.role = assignment.role();
        account.commissionCode = assignment.commission() == null ? null : assignment.commission().value();
        return account;
    }

    /** Announces the opening (saving publishes it): called once, by whoever opened the account, with its time. */
    UserAccount announceOpening(Instant now) {
        registerEvent(new AccountOpened(UUID.randomUUID(), Objects.requireNonNull(now, "now"), id, version + 1, username,
                AccountRole.valueOf(role.name()), getCommission(), email));
        return this;
    }

    /** Usernames are case-insensitive: stored and looked up in lower case. */
    static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    void describe(String displayName, String email) {
        if (displayName == null || displayName.isBlank() || email == null || email.isBlank()) {
            throw DomainProblem.ruleViolated("accounts.description.required");
        }
        this.displayName = displayName.trim();
        this.email = email.trim();
    }

    void assign(RoleAssignment assignment, Instant now) {
        boolean changed = !assignment.equals(assignment());
        this.role = assignment.role();
        this.commissionCode = assignment.commission() == null ? null : assignment.commission().value();
        if (changed) {
            accessChanged(Change.ROLE_CHANGED, now);
        }
    }

    void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        accessChanged(Change.PASSWORD_CHANGED, now);
    }

    void disable(Instant now) {
        if (enabled) {
            this.enabled = false;
            accessChanged(Change.DISABLED, now);
        }
    }

    /**
     * Ends every token issued before: they carry the old stamp. Published when the account is saved,
     * which raises its version by one.
     */
    private void accessChanged(Change change, Instant now) {
        this.securityStamp = newStamp();
        announce(change, now);
    }

    private void announce(Change change, Instant now) {
        registerEvent(new AccountAccessChanged(UUID.randomUUID(), Objects.requireNonNull(now, "now"), id, version + 1,
                username, change, AccountRole.valueOf(role.name()), getCommission(), enabled));
    }

    /** The events saving will publish (for tests; Spring Data reads them through {@code @DomainEvents}). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    private static String newStamp() {
        return UUID.randomUUID().toString();
    }

    /** Enabling adds no access that a token could carry, so the stamp stays; projections hear of it. */
    void enable(Instant now) {
        if (!enabled) {
            this.enabled = true;
            announce(Change.ENABLED, now);
        }
    }

    boolean mayHoldApiKeys() {
        return role == Role.INTEGRATOR;
    }

    RoleAssignment assignment() {
        return new RoleAssignment(role, getCommission());
    }

    // Getters are public for the web package's mapper.
    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    /** The commission a local user is bound to; stored as its plain code. */
    public CommissionCode getCommission() {
        return commissionCode == null ? null : new CommissionCode(commissionCode);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getSecurityStamp() {
        return securityStamp;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return audit.getCreatedAt();
    }

    public Instant getLastModifiedAt() {
        return audit.getLastModifiedAt();
    }

    @Override
    public String toString() {
        // Never the hash: accounts end up in logs.
        return "UserAccount[" + username + ", " + role + (commissionCode == null ? "" : " of " + commissionCode)
                + (enabled ? "" : ", disabled") + "]";
    }
}

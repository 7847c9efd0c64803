package org.coordina.accounts.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.coordina.sharedkernel.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's (or an integrating system's) account: who they are, how they prove it (a bcrypt hash,
 * never the password) and what they may do (one role, bound to a commission for the local roles).
 */
@Table(schema = "accounts", name = "user_account")
public class UserAccount {

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
        account.describe(displayName, email);
        account.assign(assignment);
        return account;
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

    void assign(RoleAssignment assignment) {
        this.role = assignment.role();
        this.commissionCode = assignment.commission() == null ? null : assignment.commission().value();
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
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

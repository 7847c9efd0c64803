package org.coordina.accounts.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: accounts with a known password for every role, so that the system can be tried
 * out at once. The national ones are created once the application is ready (as the demo commissions
 * are), the secretary and member of each of the ten demo commissions as soon as it is established (at
 * start-up for those known from before). A commission established later is a real one and gets no
 * demo accounts: its secretary is created by the administrator. Existing accounts are left as they
 * are (a demo user who changed the password keeps it). The demo password may be shorter than a
 * person may choose.
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** The demo commissions (reference-data.md), the only ones that get demo accounts. */
    static final List<String> DEMO_COMMISSIONS = List.of("BLG", "BGS", "VAR", "VTR", "MON", "PAZ", "PVN", "PDV", "RSE",
            "SLS");

    static final List<String> NATIONAL_ACCOUNTS = List.of("national.admin", "national.expert", "integrator", "auditor");

    private final UserAccountRepository accounts;

    private final KnownCommissionRepository commissions;

    private final PasswordHashing hashing;

    private final TransactionTemplate transactions;

    private final String password;

    private final Clock clock;

    /** One hash for all demo accounts: they share the password, and bcrypt is slow on purpose. */
    private volatile String passwordHash;

    DemoAccounts(UserAccountRepository accounts, KnownCommissionRepository commissions, PasswordHashing hashing,
            PlatformTransactionManager transactionManager, DemoAccountsProperties properties, Clock clock) {
        var password = properties.password();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("coordina.demo.password must not be blank in demo mode");
        }
        this.accounts = accounts;
        this.commissions = commissions;
        this.hashing = hashing;
        // Each account on its own, so that one created concurrently elsewhere spoils nothing else.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.password = password;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        log.warn("DEMO MODE: these accounts exist with a known password (coordina.demo.password): {}, and {}. "
                + "Never use demo mode with real data; switch it off with coordina.demo.enabled=false "
                + "(COORDINA_DEMO_ENABLED=false).", String.join(", ", NATIONAL_ACCOUNTS),
                DEMO_COMMISSIONS.stream().map(code -> code.toLowerCase(Locale.ROOT))
                        .map(code -> "secretary." + code + ", member." + code).collect(Collectors.joining(", ")));
        ensure("national.admin", "National administrator (demo)", new RoleAssignment(Role.NATIONAL_ADMIN, null));
        ensure("national.expert", "National expert (demo)", new RoleAssignment(Role.NATIONAL_EXPERT, null));
        ensure("integrator", "Integrator (demo)", new RoleAssignment(Role.INTEGRATOR, null));
        ensure("auditor", "Auditor (demo)", new RoleAssignment(Role.AUDITOR, null));
        // Demo commissions learnt of while demo mode was off get their accounts now.
        commissions.findAll().stream()
                .filter(commission -> !commission.isDissolved())
                .forEach(commission -> ensureLocalAccountsFor(commission.commissionCode()));
    }

    /**
     * The secretary and the member of a demo commission, e.g. {@code secretary.var} and
     * {@code member.var}; nothing for any other commission.
     */
    void ensureLocalAccountsFor(CommissionCode code) {
        if (!DEMO_COMMISSIONS.contains(code.value())) {
            log.debug("Commission {} is not a demo commission: no demo accounts", code);
            return;
        }
        var suffix = code.value().toLowerCase(Locale.ROOT);
        ensure("secretary." + suffix, "Secretary of " + code + " (demo)", new RoleAssignment(Role.LOCAL_SECRETARY, code));
        ensure("member." + suffix, "Member of " + code + " (demo)", new RoleAssignment(Role.LOCAL_MEMBER, code));
    }

    private void ensure(String username, String displayName, RoleAssignment assignment) {
        if (accounts.existsByUsername(username)) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> accounts.save(
                    UserAccount.open(username, displayName, username + "@demo.coordina.invalid", assignment, passwordHash())
                            .announceOpening(clock.instant())));
            log.info("Created demo account {}", username);
        } catch (DataAccessException e) {
            if (!accounts.existsByUsername(username)) {
                throw e;
            }
            // Another instance (or a redelivered event) created it meanwhile: exactly what was wanted.
            log.debug("Demo account {} was created concurrently", username);
        }
    }

    private String passwordHash() {
        if (passwordHash == null) {
            passwordHash = hashing.hash(password);
        }
        return passwordHash;
    }
}

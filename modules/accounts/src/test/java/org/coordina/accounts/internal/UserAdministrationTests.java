package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** {@link UserAdministration} on in-memory repositories. */
class UserAdministrationTests {

    static final String NEW_PASSWORD = "a brand new password";

    final AccountsFixture fixture = new AccountsFixture();

    final UserAdministration administration = fixture.administration;

    static NewAccount newAccount(String username, Role role, String commission) {
        return new NewAccount(username, "Some One", "some.one@example.org", role, AccountsFixture.code(commission),
                NEW_PASSWORD);
    }

    @Test
    void opensAnAccountWithTheHashOfItsInitialPassword() {
        var account = administration.open(newAccount(" New.Expert ", Role.NATIONAL_EXPERT, null));

        assertThat(account.getUsername()).isEqualTo("new.expert");
        assertThat(account.getVersion()).isEqualTo(1);
        assertThat(account.getPasswordHash()).isNotEqualTo(NEW_PASSWORD);
        assertThat(fixture.hashing.matches(NEW_PASSWORD, account.getPasswordHash())).isTrue();
        assertThat(administration.get("NEW.EXPERT")).isSameAs(account);
    }

    @Test
    void aNewAccountNeverShowsItsInitialPassword() {
        assertThat(newAccount("auditor", Role.AUDITOR, null)).hasToString("NewAccount[auditor, AUDITOR, null]");
    }

    @Test
    void aUsernameIsTakenOnceWhateverItsCase() {
        fixture.saved("expert", Role.NATIONAL_EXPERT, null);

        assertThatThrownBy(() -> administration.open(newAccount("Expert", Role.AUDITOR, null)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.messageCode()).isEqualTo("accounts.username.taken");
                });
        assertThat(fixture.accounts.count()).isEqualTo(1);
    }

    @Test
    void anInitialPasswordFollowsThePolicy() {
        assertThatThrownBy(() -> administration.open(new NewAccount("auditor", "Some One", "a@example.org", Role.AUDITOR,
                null, "too short"))).hasMessage("accounts.password.tooShort");
        assertThat(fixture.accounts.count()).isZero();
    }

    @Test
    void aLocalAccountIsBoundOnlyToAKnownCommissionThatExists() {
        fixture.knownCommission("VAR", CommissionStatus.ACTIVE);
        fixture.knownCommission("RSE", CommissionStatus.DISSOLVED);

        assertThat(administration.open(newAccount("secretary.var", Role.LOCAL_SECRETARY, "var")).getCommission())
                .isEqualTo(AccountsFixture.code("VAR"));
        assertThatThrownBy(() -> administration.open(newAccount("secretary.bgs", Role.LOCAL_SECRETARY, "BGS")))
                .hasMessage("accounts.commission.unknown");
        assertThatThrownBy(() -> administration.open(newAccount("secretary.rse", Role.LOCAL_SECRETARY, "RSE")))
                .hasMessage("accounts.commission.dissolved");
        assertThat(fixture.accounts.count()).isEqualTo(1);
    }

    @Test
    void listsAccountsByUsername() {
        var expert = fixture.saved("expert", Role.NATIONAL_EXPERT, null);

        var page = administration.list(PageRequest.of(0, 20, Sort.by("email")));

        assertThat(page.getContent()).containsExactly(expert);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> administration.get("nobody")).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND);
            assertThat(problem.arguments()).containsExactly("nobody");
        });
    }

    @Test
    void changesARoleAndItsCommission() {
        fixture.knownCommission("VAR", CommissionStatus.ACTIVE);
        fixture.saved("expert", Role.NATIONAL_EXPERT, null);

        var changed = administration.changeRole("expert", 1, new RoleAssignment(Role.LOCAL_MEMBER, AccountsFixture.code("VAR")), "admin");

        assertThat(changed.getRole()).isEqualTo(Role.LOCAL_MEMBER);
        assertThat(changed.getCommission()).isEqualTo(AccountsFixture.code("VAR"));
        assertThat(changed.getVersion()).isEqualTo(2);
    }

    @Test
    void aLocalRoleNeedsABindableCommission() {
        fixture.saved("expert", Role.NATIONAL_EXPERT, null);

        assertThatThrownBy(() -> administration.changeRole("expert", 1, new RoleAssignment(Role.LOCAL_MEMBER, AccountsFixture.code("VAR")),
                "admin")).hasMessage("accounts.commission.unknown");
        assertThat(administration.get("expert").getRole()).isEqualTo(Role.NATIONAL_EXPERT);
    }

    @Test
    void anAdministratorCannotDemoteOrDisableThemselves() {
        fixture.saved("admin", Role.NATIONAL_ADMIN, null);

        assertThatThrownBy(() -> administration.changeRole("admin", 1, new RoleAssignment(Role.AUDITOR, null), " Admin "))
                .hasMessage("accounts.self.lockout");
        assertThatThrownBy(() -> administration.disable("admin", 1, "ADMIN")).hasMessage("accounts.self.lockout");
        var account = administration.get("admin");
        assertThat(account.getRole()).isEqualTo(Role.NATIONAL_ADMIN);
        assertThat(account.isEnabled()).isTrue();
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() {
        fixture.saved("expert", Role.NATIONAL_EXPERT, null);

        assertThatThrownBy(() -> administration.changeRole("expert", 0, new RoleAssignment(Role.AUDITOR, null), "admin"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> administration.disable("expert", 2, "admin"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> administration.enable("expert", 2))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> administration.resetPassword("expert", 2, NEW_PASSWORD))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(administration.get("expert").getVersion()).isEqualTo(1);
    }

    @Test
    void disablingEndsRememberedSignInsAndEnablingRestoresTheAccount() {
        var expert = fixture.saved("expert", Role.NATIONAL_EXPERT, null);
        fixture.verifiedPasswords.verify(expert, AccountsFixture.PASSWORD);

        var disabled = administration.disable("expert", 1, "admin");

        assertThat(disabled.isEnabled()).isFalse();
        assertThat(disabled.getVersion()).isEqualTo(2);
        assertThat(fixture.verifiedPasswords.size()).isZero();
        var enabled = administration.enable("expert", 2);
        assertThat(enabled.isEnabled()).isTrue();
        assertThat(enabled.getVersion()).isEqualTo(3);
    }

    @Test
    void resettingAPasswordReplacesTheHashAndEndsRememberedSignIns() {
        var expert = fixture.saved("expert", Role.NATIONAL_EXPERT, null);
        fixture.verifiedPasswords.verify(expert, AccountsFixture.PASSWORD);

        var reset = administration.resetPassword("expert", 1, NEW_PASSWORD);

        assertThat(fixture.hashing.matches(NEW_PASSWORD, reset.getPasswordHash())).isTrue();
        assertThat(reset.getVersion()).isEqualTo(2);
        assertThat(fixture.verifiedPasswords.size()).isZero();
        assertThatThrownBy(() -> administration.resetPassword("expert", 2, "short")).hasMessage("accounts.password.tooShort");
        assertThat(fixture.hashing.matches(NEW_PASSWORD, administration.get("expert").getPasswordHash())).isTrue();
    }

    @Test
    void issuesAnIntegratorAKeyShownOnce() {
        var integrator = fixture.saved("ministry.feed", Role.INTEGRATOR, null);

        var issued = administration.issueApiKey("Ministry.Feed", "statistics");

        assertThat(issued.key().getUserId()).isEqualTo(integrator.getId());
        assertThat(issued.key().getVersion()).isEqualTo(1);
        assertThat(issued.toString()).contains(issued.key().getKeyPrefix()).doesNotContain(issued.plainKey());
        assertThat(issued.key().getKeyPrefix()).isEqualTo(new ApiKeySecret(issued.plainKey()).displayPrefix());
        assertThat(fixture.apiKeys.findActiveByHash(new ApiKeySecret(issued.plainKey()).hash())).containsSame(issued.key());
        assertThat(administration.apiKeysOf("ministry.feed", PageRequest.of(0, 10)).getContent())
                .containsExactly(issued.key());
    }

    @Test
    void revokingAKeyRecordsWhenOnce() {
        fixture.saved("ministry.feed", Role.INTEGRATOR, null);
        var key = administration.issueApiKey("ministry.feed", "statistics").key();

        administration.revokeApiKey("ministry.feed", key.getId());
        var revokedAt = key.getRevokedAt();
        var saves = fixture.apiKeys.saves();
        administration.revokeApiKey("ministry.feed", key.getId());

        assertThat(key.isRevoked()).isTrue();
        assertThat(revokedAt).isEqualTo(AccountsFixture.NOW);
        assertThat(key.getRevokedAt()).isEqualTo(revokedAt);
        assertThat(fixture.apiKeys.saves()).isEqualTo(saves);
    }

    @Test
    void onlyTheOwnersKeysCanBeRevokedThroughThem() {
        fixture.saved("ministry.feed", Role.INTEGRATOR, null);
        fixture.saved("other.feed", Role.INTEGRATOR, null);
        var key = administration.issueApiKey("ministry.feed", "statistics").key();

        assertThatThrownBy(() -> administration.revokeApiKey("other.feed", key.getId()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND);
                    assertThat(problem.arguments()).containsExactly(key.getId().toString());
                });
        assertThatThrownBy(() -> administration.revokeApiKey("ministry.feed", UUID.randomUUID()))
                .isInstanceOf(DomainProblem.class);
        assertThat(key.isRevoked()).isFalse();
    }
}

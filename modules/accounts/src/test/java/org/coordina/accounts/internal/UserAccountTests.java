package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTests {

    private static void isRuleViolation(DomainProblem problem) {
        assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.RULE_VIOLATED);
    }

    private static CommissionCode code(String text) {
        return text == null ? null : CommissionCode.parse(text);
    }

    private static UserAccount open(String username, Role role, String commission) {
        return UserAccount.open(username, "Some One", "some.one@example.org", new RoleAssignment(role, code(commission)),
                "$2a$hash");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "LOCAL_SECRETARY", "LOCAL_MEMBER" })
    void localRolesNeedACommission(Role role) {
        assertThatThrownBy(() -> new RoleAssignment(role, null))
                .isInstanceOfSatisfying(DomainProblem.class, UserAccountTests::isRuleViolation)
                .hasMessage("accounts.commission.required");
        assertThatThrownBy(() -> new RoleAssignment(role, code("  "))).isInstanceOfSatisfying(DomainProblem.class,
                UserAccountTests::isRuleViolation);
        assertThat(open("secretary.x", role, "var").getCommission()).isEqualTo(new CommissionCode("VAR"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "NATIONAL_ADMIN", "NATIONAL_EXPERT", "INTEGRATOR", "AUDITOR" })
    void otherRolesMustNotHaveACommission(Role role) {
        assertThatThrownBy(() -> new RoleAssignment(role, code("VAR")))
                .isInstanceOfSatisfying(DomainProblem.class, UserAccountTests::isRuleViolation)
                .hasMessage("accounts.commission.forbidden");
        assertThat(open("someone", role, null).getCommission()).isNull();
    }

    @Test
    void aCommissionCodeHasThreeLetters() {
        assertThatThrownBy(() -> new RoleAssignment(Role.LOCAL_MEMBER, code("VARNA")))
                .isInstanceOfSatisfying(DomainProblem.class, UserAccountTests::isRuleViolation)
                .hasMessage(CommissionCode.INVALID);
    }

    @Test
    void aRoleIsRequired() {
        assertThatThrownBy(() -> new RoleAssignment(null, null))
                .isInstanceOfSatisfying(DomainProblem.class, UserAccountTests::isRuleViolation);
    }

    @Test
    void changingToANationalRoleDropsTheCommission() {
        var account = open("member.var", Role.LOCAL_MEMBER, "VAR");
        account.assign(new RoleAssignment(Role.NATIONAL_EXPERT, null), java.time.Instant.EPOCH);
        assertThat(account.getRole()).isEqualTo(Role.NATIONAL_EXPERT);
        assertThat(account.getCommission()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ab", "has space", "ünicode", "semi;colon", "x/y" })
    void refusesMalformedUsernames(String username) {
        assertThatThrownBy(() -> open(username, Role.AUDITOR, null))
                .isInstanceOfSatisfying(DomainProblem.class, UserAccountTests::isRuleViolation)
                .hasMessage("accounts.username.malformed");
    }

    @Test
    void usernamesAreStoredInLowerCase() {
        assertThat(open("National.Expert2", Role.NATIONAL_EXPERT, null).getUsername()).isEqualTo("national.expert2");
    }

    @Test
    void aNewAccountIsEnabledUntilDisabled() {
        var account = open("auditor2", Role.AUDITOR, null);
        assertThat(account.isEnabled()).isTrue();
        account.disable(java.time.Instant.EPOCH);
        assertThat(account.isEnabled()).isFalse();
        account.enable(java.time.Instant.EPOCH);
        assertThat(account.isEnabled()).isTrue();
    }

    @Test
    void onlyIntegratorsGetApiKeys() {
        var auditor = open("auditor3", Role.AUDITOR, null);
        assertThatThrownBy(() -> ApiKey.issue(auditor, "feed", ApiKeySecret.generate()))
                .isInstanceOfSatisfying(DomainProblem.class, UserAccountTests::isRuleViolation)
                .hasMessage("accounts.apiKey.integratorsOnly");
        var integrator = open("ministry.feed", Role.INTEGRATOR, null);
        var secret = ApiKeySecret.generate();
        var key = ApiKey.issue(integrator, " feed ", secret);
        assertThat(key.getName()).isEqualTo("feed");
        assertThat(key.getUserId()).isEqualTo(integrator.getId());
    }

    @Test
    void passwordsOfPeopleHaveAtLeastTwelveCharactersAndFitBcrypt() {
        assertThatThrownBy(() -> PasswordPolicy.check("elevenchars")).hasMessage("accounts.password.tooShort");
        PasswordPolicy.check("twelve chars");
        assertThatThrownBy(() -> PasswordPolicy.check("я".repeat(37))).hasMessage("accounts.password.tooLong");
        PasswordPolicy.check("я".repeat(36));
    }

    @Test
    void opensWithTheTrimmedDescriptionAndAFreshId() {
        var account = UserAccount.open(" Auditor5 ", "  Some One ", " some.one@example.org  ",
                new RoleAssignment(Role.AUDITOR, null), "$2a$hash");

        assertThat(account.getUsername()).isEqualTo("auditor5");
        assertThat(account.getDisplayName()).isEqualTo("Some One");
        assertThat(account.getEmail()).isEqualTo("some.one@example.org");
        assertThat(account.getPasswordHash()).isEqualTo("$2a$hash");
        assertThat(account.getRole()).isEqualTo(Role.AUDITOR);
        assertThat(account.getId()).isNotNull().isNotEqualTo(open("auditor6", Role.AUDITOR, null).getId());
        assertThat(account.getVersion()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void needsADisplayNameAndAnEmail(String blank) {
        var assignment = new RoleAssignment(Role.AUDITOR, null);
        assertThatThrownBy(() -> UserAccount.open("auditor7", blank, "a@example.org", assignment, "$2a$hash"))
                .isInstanceOf(DomainProblem.class).hasMessage("accounts.description.required");
        assertThatThrownBy(() -> UserAccount.open("auditor7", "Some One", blank, assignment, "$2a$hash"))
                .isInstanceOf(DomainProblem.class).hasMessage("accounts.description.required");
        assertThatThrownBy(() -> UserAccount.open("auditor7", null, "a@example.org", assignment, "$2a$hash"))
                .isInstanceOf(DomainProblem.class).hasMessage("accounts.description.required");
        assertThatThrownBy(() -> UserAccount.open("auditor7", "Some One", null, assignment, "$2a$hash"))
                .isInstanceOf(DomainProblem.class).hasMessage("accounts.description.required");
    }

    @Test
    void describingAgainReplacesNameAndEmail() {
        var account = open("auditor8", Role.AUDITOR, null);

        account.describe(" Someone Else ", " else@example.org ");

        assertThat(account.getDisplayName()).isEqualTo("Someone Else");
        assertThat(account.getEmail()).isEqualTo("else@example.org");
    }

    @Test
    void needsAPasswordHash() {
        var assignment = new RoleAssignment(Role.AUDITOR, null);
        assertThatThrownBy(() -> UserAccount.open("auditor9", "Some One", "a@example.org", assignment, null))
                .isInstanceOf(NullPointerException.class);
        var account = open("auditor9", Role.AUDITOR, null);
        assertThatThrownBy(() -> account.changePasswordHash(null, java.time.Instant.EPOCH)).isInstanceOf(NullPointerException.class);
        account.changePasswordHash("$2a$other", java.time.Instant.EPOCH);
        assertThat(account.getPasswordHash()).isEqualTo("$2a$other");
    }

    @Test
    void aMissingUsernameIsMalformed() {
        assertThat(UserAccount.normalizeUsername(null)).isEmpty();
        assertThatThrownBy(() -> open(null, Role.AUDITOR, null)).hasMessage("accounts.username.malformed");
    }

    @Test
    void theAssignmentIsTheRoleAndCommission() {
        assertThat(open("secretary.bgs", Role.LOCAL_SECRETARY, "bgs").assignment())
                .isEqualTo(new RoleAssignment(Role.LOCAL_SECRETARY, new CommissionCode("BGS")));
        assertThat(open("expert3", Role.NATIONAL_EXPERT, null).assignment())
                .isEqualTo(new RoleAssignment(Role.NATIONAL_EXPERT, null));
    }

    @Test
    void onlyTheIntegratorRoleMayHoldApiKeys() {
        assertThat(open("feed2", Role.INTEGRATOR, null).mayHoldApiKeys()).isTrue();
        assertThat(open("admin2", Role.NATIONAL_ADMIN, null).mayHoldApiKeys()).isFalse();
    }

    @Test
    void showsWhoWhatWhereAndWhetherDisabled() {
        var local = open("member.bgs", Role.LOCAL_MEMBER, "BGS");
        assertThat(local).hasToString("UserAccount[member.bgs, LOCAL_MEMBER of BGS]");
        local.disable(java.time.Instant.EPOCH);
        assertThat(local).hasToString("UserAccount[member.bgs, LOCAL_MEMBER of BGS, disabled]");
        assertThat(open("auditor10", Role.AUDITOR, null)).hasToString("UserAccount[auditor10, AUDITOR]");
    }

    @Test
    void neverShowsThePasswordHash() {
        assertThat(open("auditor4", Role.AUDITOR, null).toString()).doesNotContain("$2a$hash");
    }

    @Test
    void aChangeOfWhatTheAccountMayDoChangesItsStampAndIsAnnounced() {
        var account = open("expert9", Role.NATIONAL_EXPERT, null);
        var stamps = new java.util.HashSet<String>();
        stamps.add(account.getSecurityStamp());
        account.assign(new RoleAssignment(Role.AUDITOR, null), java.time.Instant.EPOCH);
        assertThat(stamps.add(account.getSecurityStamp())).isTrue();
        account.changePasswordHash("$2a$other", java.time.Instant.EPOCH);
        assertThat(stamps.add(account.getSecurityStamp())).isTrue();
        account.disable(java.time.Instant.EPOCH);
        assertThat(stamps.add(account.getSecurityStamp())).isTrue();
        account.describe("Another Name", "other@example.org");
        assertThat(stamps.add(account.getSecurityStamp())).isFalse();
        assertThat(account.pendingEvents()).extracting("change").containsExactly(
                org.coordina.accounts.events.AccountAccessChanged.Change.ROLE_CHANGED,
                org.coordina.accounts.events.AccountAccessChanged.Change.PASSWORD_CHANGED,
                org.coordina.accounts.events.AccountAccessChanged.Change.DISABLED);
        assertThat(account.pendingEvents()).allSatisfy(event -> {
            var changed = (org.coordina.accounts.events.AccountAccessChanged) event;
            assertThat(changed.accountId()).isEqualTo(account.getId());
            assertThat(changed.username()).isEqualTo("expert9");
            assertThat(changed.version()).isEqualTo(account.getVersion() + 1);
            assertThat(changed.occurredAt()).isEqualTo(java.time.Instant.EPOCH);
        });
        assertThat(account.pendingEvents()).extracting("eventId").doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void assigningTheSameRoleAgainChangesNothing() {
        var account = open("expert10", Role.NATIONAL_EXPERT, null);
        var stamp = account.getSecurityStamp();
        account.assign(new RoleAssignment(Role.NATIONAL_EXPERT, null), java.time.Instant.EPOCH);
        assertThat(account.getSecurityStamp()).isEqualTo(stamp);
        assertThat(account.pendingEvents()).isEmpty();
    }

    @Test
    void anOpeningIsAnnouncedWithWhatTheProjectionsNeed() {
        var account = open("secretary.q", Role.LOCAL_SECRETARY, "var").announceOpening(java.time.Instant.EPOCH);
        assertThat(account.pendingEvents()).singleElement().isEqualTo(new org.coordina.accounts.events.AccountOpened(
                ((org.coordina.accounts.events.AccountOpened) account.pendingEvents().iterator().next()).eventId(),
                java.time.Instant.EPOCH, account.getId(), 1, "secretary.q",
                org.coordina.accounts.events.AccountRole.LOCAL_SECRETARY, new CommissionCode("VAR"), "some.one@example.org"));
        assertThat(((org.coordina.accounts.events.AccountOpened) account.pendingEvents().iterator().next()).externalized())
                .isFalse();
    }

    @Test
    void enablingADisabledAccountIsAnnouncedWithoutANewStampAndEnablingAgainIsNot() {
        var account = open("expert11", Role.NATIONAL_EXPERT, null);
        account.disable(java.time.Instant.EPOCH);
        var stamp = account.getSecurityStamp();
        account.enable(java.time.Instant.EPOCH);
        account.enable(java.time.Instant.EPOCH);
        assertThat(account.getSecurityStamp()).isEqualTo(stamp);
        assertThat(account.pendingEvents()).extracting("change", "enabled", "role").containsExactly(
                org.assertj.core.groups.Tuple.tuple(org.coordina.accounts.events.AccountAccessChanged.Change.DISABLED, false,
                        org.coordina.accounts.events.AccountRole.NATIONAL_EXPERT),
                org.assertj.core.groups.Tuple.tuple(org.coordina.accounts.events.AccountAccessChanged.Change.ENABLED, true,
                        org.coordina.accounts.events.AccountRole.NATIONAL_EXPERT));
    }
}

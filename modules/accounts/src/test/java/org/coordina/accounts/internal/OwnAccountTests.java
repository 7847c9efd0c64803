package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;

/** {@link OwnAccount} on in-memory repositories. */
class OwnAccountTests {

    static final String NEW_PASSWORD = "a brand new password";

    final AccountsFixture fixture = new AccountsFixture();

    final OwnAccount ownAccount = fixture.ownAccount;

    @Test
    void findsTheLocalAccountWhateverTheCase() {
        var expert = fixture.saved("expert", Role.NATIONAL_EXPERT, null);

        assertThat(ownAccount.find(" Expert ")).containsSame(expert);
        assertThat(ownAccount.find("someone.external")).isEmpty();
    }

    @Test
    void changesThePasswordGivenTheCurrentOne() {
        var expert = fixture.saved("expert", Role.NATIONAL_EXPERT, null);
        fixture.verifiedPasswords.verify(expert, AccountsFixture.PASSWORD);

        ownAccount.changePassword("expert", AccountsFixture.PASSWORD, NEW_PASSWORD);

        assertThat(fixture.hashing.matches(NEW_PASSWORD, expert.getPasswordHash())).isTrue();
        assertThat(expert.getVersion()).isEqualTo(2);
        assertThat(fixture.verifiedPasswords.size()).isZero();
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        var expert = fixture.saved("expert", Role.NATIONAL_EXPERT, null);

        assertThatThrownBy(() -> ownAccount.changePassword("expert", "not the password", NEW_PASSWORD))
                .hasMessage("accounts.password.currentWrong");
        assertThat(fixture.hashing.matches(AccountsFixture.PASSWORD, expert.getPasswordHash())).isTrue();
        assertThat(expert.getVersion()).isEqualTo(1);
    }

    @Test
    void aNewPasswordFollowsThePolicy() {
        var expert = fixture.saved("expert", Role.NATIONAL_EXPERT, null);

        assertThatThrownBy(() -> ownAccount.changePassword("expert", AccountsFixture.PASSWORD, "short"))
                .hasMessage("accounts.password.tooShort");
        assertThat(fixture.hashing.matches(AccountsFixture.PASSWORD, expert.getPasswordHash())).isTrue();
    }

    @Test
    void aUserOfAnExternalIdentityProviderHasNoPasswordHere() {
        assertThatThrownBy(() -> ownAccount.changePassword("someone.external", "whatever", NEW_PASSWORD))
                .hasMessage("accounts.password.noLocalAccount");
    }
}

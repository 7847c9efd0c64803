package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;

import org.coordina.accounts.events.AccountAccessChanged;
import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;

class CurrentSecurityStampsTests {

    final UserAccountRepository accounts = mock(UserAccountRepository.class);

    final VerifiedPasswordsTests.ManualTicker ticker = new VerifiedPasswordsTests.ManualTicker();

    final CurrentSecurityStamps stamps = new CurrentSecurityStamps(accounts, Duration.ofSeconds(10), 100, ticker);

    final UserAccount account = UserAccount.open("expert", "Some One", "some@example.org",
            new RoleAssignment(Role.NATIONAL_EXPERT, null), "$2a$hash");

    @Test
    void repeatedChecksCostNoQuery() {
        when(accounts.findByUsername("expert")).thenReturn(Optional.of(account));
        assertThat(stamps.currentOf("expert")).contains(account.getSecurityStamp());
        assertThat(stamps.currentOf("Expert")).contains(account.getSecurityStamp());
        verify(accounts, times(1)).findByUsername("expert");
    }

    @Test
    void aChangeOnThisInstanceIsSeenAtOnce() {
        when(accounts.findByUsername("expert")).thenReturn(Optional.of(account));
        var before = stamps.currentOf("expert").orElseThrow();
        account.disable(java.time.Instant.EPOCH);
        stamps.on(new AccountAccessChanged(java.util.UUID.randomUUID(), java.time.Instant.EPOCH, account.getId(), 2, "expert",
                AccountAccessChanged.Change.DISABLED, org.coordina.accounts.events.AccountRole.NATIONAL_EXPERT, null, false));
        assertThat(stamps.currentOf("expert")).isEmpty();
        assertThat(account.getSecurityStamp()).isNotEqualTo(before);
    }

    @Test
    void aChangeOnAnotherInstanceIsSeenWhenTheEntryExpires() {
        when(accounts.findByUsername("expert")).thenReturn(Optional.of(account));
        var before = stamps.currentOf("expert").orElseThrow();
        account.changePasswordHash("$2a$other", java.time.Instant.EPOCH);
        assertThat(stamps.currentOf("expert")).contains(before);
        ticker.advance(Duration.ofSeconds(11));
        assertThat(stamps.currentOf("expert")).contains(account.getSecurityStamp()).isNotEqualTo(Optional.of(before));
    }

    @Test
    void anUnknownAccountHasNoStamp() {
        when(accounts.findByUsername("ghost")).thenReturn(Optional.empty());
        assertThat(stamps.currentOf("ghost")).isEmpty();
    }
}

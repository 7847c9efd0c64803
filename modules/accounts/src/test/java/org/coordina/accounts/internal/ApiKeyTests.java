package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;

class ApiKeyTests {

    static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    final UserAccount integrator = UserAccount.open("ministry.feed", "Ministry feed", "feed@example.org",
            new RoleAssignment(Role.INTEGRATOR, null), "$2a$hash");

    final ApiKeySecret secret = ApiKeySecret.generate();

    final ApiKey key = ApiKey.issue(integrator, "statistics feed", secret);

    @Test
    void keepsOnlyTheHashAndTheDisplayPrefixOfTheSecret() {
        assertThat(key.getId()).isNotNull().isNotEqualTo(ApiKey.issue(integrator, "other", secret).getId());
        assertThat(key.getUserId()).isEqualTo(integrator.getId());
        assertThat(key.getName()).isEqualTo("statistics feed");
        assertThat(key.getKeyPrefix()).isEqualTo(secret.displayPrefix()).isNotEqualTo(secret.value());
    }

    @Test
    void aNewKeyIsNotRevoked() {
        assertThat(key.isRevoked()).isFalse();
        assertThat(key.getRevokedAt()).isNull();
    }

    @Test
    void revokingRecordsWhen() {
        key.revoke(NOON);

        assertThat(key.isRevoked()).isTrue();
        assertThat(key.getRevokedAt()).isEqualTo(NOON);
    }

    @Test
    void revokingTwiceKeepsTheFirstTime() {
        key.revoke(NOON);
        key.revoke(NOON.plusSeconds(60));

        assertThat(key.getRevokedAt()).isEqualTo(NOON);
    }
}

package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.accounts.internal.CommissionEventsFixture.established;
import static org.coordina.accounts.internal.CommissionEventsFixture.DEMO_ACCOUNTS;
import static org.coordina.accounts.internal.CommissionEventsFixture.PROJECTION_ESTABLISHED;
import static org.coordina.accounts.internal.CommissionEventsFixture.handled;

import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.EventPublications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

@ApplicationModuleTest
@TestPropertySource(properties = { "coordina.demo.enabled=true", "coordina.demo.password=demo" })
class DemoAccountsIntegrationTests {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordHashing hashing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository registry;

    @Test
    void createsTheNationalDemoAccountsAtStartUp() {
        assertThat(accounts.findByUsername("national.admin")).hasValueSatisfying(account -> {
            assertThat(account.getRole()).isEqualTo(Role.NATIONAL_ADMIN);
            assertThat(account.isEnabled()).isTrue();
            assertThat(hashing.matches("demo", account.getPasswordHash())).isTrue();
        });
        assertThat(accounts.findByUsername("national.expert")).get().extracting(UserAccount::getRole)
                .isEqualTo(Role.NATIONAL_EXPERT);
        assertThat(accounts.findByUsername("integrator")).get().extracting(UserAccount::getRole)
                .isEqualTo(Role.INTEGRATOR);
        assertThat(accounts.findByUsername("auditor")).get().extracting(UserAccount::getRole).isEqualTo(Role.AUDITOR);
    }

    @Test
    void givesAnEstablishedCommissionItsDemoSecretaryAndMember(Scenario scenario) {
        scenario.publish(established(UUID.randomUUID(), "DMA", 1))
                .andWaitForStateChange(() -> accounts.findByUsername("member.dma").isPresent()
                        && accounts.findByUsername("secretary.dma").isPresent())
                .andVerify(done -> {
                    var secretary = accounts.findByUsername("secretary.dma").orElseThrow();
                    assertThat(secretary.getRole()).isEqualTo(Role.LOCAL_SECRETARY);
                    assertThat(secretary.getCommission()).isEqualTo(new CommissionCode("DMA"));
                    assertThat(hashing.matches("demo", secretary.getPasswordHash())).isTrue();
                    var member = accounts.findByUsername("member.dma").orElseThrow();
                    assertThat(member.getRole()).isEqualTo(Role.LOCAL_MEMBER);
                    assertThat(member.getCommission()).isEqualTo(new CommissionCode("DMA"));
                });
    }

    @Test
    void leavesExistingDemoAccountsAsTheyAreWhenToldAgain(Scenario scenario) {
        var id = UUID.randomUUID();
        scenario.publish(established(id, "DMB", 1))
                .andWaitForStateChange(() -> accounts.findByUsername("member.dmb"));
        var before = accounts.findByUsername("secretary.dmb").orElseThrow();

        var again = established(id, "DMB", 1);
        scenario.publish(again)
                .andWaitForStateChange(() -> handled(new EventPublications(registry), DEMO_ACCOUNTS, again)
                        && handled(new EventPublications(registry), PROJECTION_ESTABLISHED, again))
                .andVerify(done -> {
                    var after = accounts.findByUsername("secretary.dmb").orElseThrow();
                    assertThat(after.getId()).isEqualTo(before.getId());
                    assertThat(after.getVersion()).isEqualTo(before.getVersion());
                    assertThat(jdbc.sql("SELECT count(*) FROM accounts.user_account WHERE username LIKE '%.dmb'")
                            .query(Long.class).single()).isEqualTo(2);
                });
    }
}

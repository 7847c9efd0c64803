package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.accounts.internal.CommissionEventsFixture.established;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

@ApplicationModuleTest
@TestPropertySource(properties = "coordina.demo.enabled=false")
class DemoModeOffIntegrationTests {

    @Autowired
    KnownCommissionRepository commissions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void createsNoAccountsAtAll(Scenario scenario) {
        var id = UUID.randomUUID();
        scenario.publish(established(id, "DMC", 1))
                .andWaitForStateChange(() -> commissions.findById(id))
                .andVerify(known -> {
                    assertThat(context.getBeanNamesForType(DemoAccounts.class)).isEmpty();
                    assertThat(jdbc.sql("SELECT count(*) FROM accounts.user_account").query(Long.class).single()).isZero();
                });
    }
}

package org.coordina.victimsupport.internal;

import java.time.Clock;

import org.coordina.sharedkernel.commissions.JdbcRegisteredCommissionRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps victim support's commission register in its own schema. */
@Configuration(proxyBeanMethods = false)
class CommissionRegisterConfiguration {

    @Bean
    CommissionRegister victimSupportCommissionRegister(JdbcClient jdbc, Clock clock) {
        return new CommissionRegister(new JdbcRegisteredCommissionRepository(jdbc, "victimsupport"), clock);
    }
}

package org.coordina.regionalcommissions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The module's application services wired by hand on in-memory repositories, a fixed clock and an
 * event publisher that keeps what it is given: for Spring-free unit tests of the services.
 */
class ServiceFixture {

    static final Instant NOW = Instant.parse("2020-12-03T09:00:00Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final InMemoryCommissions commissionRepository = new InMemoryCommissions();

    final InMemoryMembers memberRepository = new InMemoryMembers();

    final InMemoryTrendReports reportRepository = new InMemoryTrendReports();

    final List<Object> published = new ArrayList<>();

    final ApplicationEventPublisher events = published::add;

    final CommissionManagement commissions = new CommissionManagement(commissionRepository, events,
            new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class));

    final CommissionMembers members = new CommissionMembers(commissions, memberRepository);

    final TrendReports reports = new TrendReports(commissions, reportRepository, events,
            new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class));

    /** A commission established with the given code, its events already taken. */
    Commission established(String code) {
        var commission = commissions.establish(code, TestData.details("City of " + code), null);
        published.clear();
        return commission;
    }
}

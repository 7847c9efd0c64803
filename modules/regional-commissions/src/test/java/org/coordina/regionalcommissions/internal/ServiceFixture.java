package org.coordina.regionalcommissions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.coordina.sharedkernel.domain.CommissionCode;

/**
 * The module's application services wired by hand on in-memory repositories that publish what saving
 * publishes, and a fixed clock: for Spring-free unit tests of the services.
 */
class ServiceFixture {

    static final Instant NOW = Instant.parse("2020-12-03T09:00:00Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final List<Object> published = new ArrayList<>();

    final InMemoryCommissions commissionRepository = new InMemoryCommissions(published);

    final InMemoryMembers memberRepository = new InMemoryMembers(published);

    final InMemoryTrendReports reportRepository = new InMemoryTrendReports(published);

    final CommissionManagement commissions = new CommissionManagement(commissionRepository, clock);

    final CommissionMembers members = new CommissionMembers(commissions, memberRepository);

    final TrendReports reports = new TrendReports(commissions, reportRepository, clock);

    static CommissionCode code(String code) {
        return new CommissionCode(code);
    }

    /** A commission established with the given code, its events already taken. */
    Commission established(String code) {
        var commission = commissions.establish(code(code), TestData.details("City of " + code), null);
        published.clear();
        return commission;
    }
}

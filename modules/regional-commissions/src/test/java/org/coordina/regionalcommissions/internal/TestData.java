package org.coordina.regionalcommissions.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.test.util.ReflectionTestUtils;

/** Valid domain values for tests, and commission codes that no demo commission uses. */
final class TestData {

    private static final AtomicInteger codes = new AtomicInteger();

    private TestData() {
    }

    /** A fresh code {@code QAA}, {@code QAB}, …: the demo codes never start with Q. */
    static CommissionCode freshCode() {
        int n = codes.getAndIncrement();
        return new CommissionCode("Q" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26));
    }

    /**
     * The events an aggregate registered and has not yet had published, cleared as saving would clear
     * them. Spring Data keeps them behind protected methods, which only its repositories call.
     */
    static List<Object> releaseEvents(AbstractAggregateRoot<?> aggregate) {
        Collection<?> registered = ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
        var released = List.<Object>copyOf(registered);
        ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
        return released;
    }

    static CommissionDetails details(String city) {
        var established = LocalDate.of(2010, 3, 1);
        return new CommissionDetails("МКБТХ " + city, "LCCTHB " + city, city, city + " Province", established,
                new FoundingAct("Mayor of " + city, "T-1", established.minusDays(10)),
                new Chair("Deputy Mayor", "Municipality of " + city));
    }

    static Secretary secretary(String name) {
        return new Secretary(name, "secretary@lccthb.example.org", "+359 2 000 000");
    }

    static MemberDetails member(String name) {
        return new MemberDetails(name, "Regional Police Directorate", "Member", "member@lccthb.example.org", null,
                LocalDate.of(2015, 1, 1), null);
    }

    static ReportingPeriod h2of2020() {
        return new ReportingPeriod(2020, PeriodPart.H2);
    }

    static TrendReportContent content(String title) {
        return new TrendReportContent(title, "A fictional summary.",
                EnumSet.of(ExploitationForm.LABOUR_EXPLOITATION, ExploitationForm.SEXUAL_EXPLOITATION),
                List.of("Young people leaving care"), List.of("Online job offers", "Acquaintances"),
                List.of("DE", "NL"), "Fictional recommendations.");
    }
}

package org.coordina.regionalcommissions.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Demo mode only: the ten local commissions of the reference data, with role-only secretaries and
 * members (no real names, example.org addresses), and a published H2 2020 trend report for each of
 * the eight commissions that presented at the December 2020 meeting. Founding acts, dates and report
 * texts are fictional and say so. Everything goes through the application services, so the events
 * are published as for any other change; a commission that already exists is left alone, so a
 * restart creates nothing again.
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoCommissions {

    private static final Logger log = LoggerFactory.getLogger(DemoCommissions.class);

    static final ReportingPeriod SEED_MEETING_PERIOD = new ReportingPeriod(2020, PeriodPart.H2);

    /** One demo commission: code, names, city (the region is the province of the same name), founding year. */
    record Demo(CommissionCode code, String nameBg, String nameEn, String city, int foundedIn,
            boolean presentedIn2020) {

        Demo(String code, String nameBg, String nameEn, String city, int foundedIn, boolean presentedIn2020) {
            this(new CommissionCode(code), nameBg, nameEn, city, foundedIn, presentedIn2020);
        }
    }

    static final List<Demo> COMMISSIONS = List.of(
            new Demo("BLG", "МКБТХ Благоевград", "LCCTHB Blagoevgrad", "Blagoevgrad", 2006, true),
            new Demo("BGS", "МКБТХ Бургас", "LCCTHB Burgas", "Burgas", 2005, true),
            new Demo("VAR", "МКБТХ Варна", "LCCTHB Varna", "Varna", 2005, true),
            new Demo("VTR", "МКБТХ Велико Търново", "LCCTHB Veliko Tarnovo", "Veliko Tarnovo", 2007, true),
            new Demo("MON", "МКБТХ Монтана", "LCCTHB Montana", "Montana", 2008, true),
            new Demo("PAZ", "МКБТХ Пазарджик", "LCCTHB Pazardzhik", "Pazardzhik", 2007, true),
            new Demo("PVN", "МКБТХ Плевен", "LCCTHB Pleven", "Pleven", 2006, true),
            new Demo("PDV", "МКБТХ Пловдив", "LCCTHB Plovdiv", "Plovdiv", 2006, false),
            new Demo("RSE", "МКБТХ Русе", "LCCTHB Ruse", "Ruse", 2005, false),
            new Demo("SLS", "МКБТХ Сливен", "LCCTHB Sliven", "Sliven", 2008, true));

    /** A member seat by the institution it represents; the demo names the seat, never a person. */
    private record Seat(String mailbox, String name, String institution) {
    }

    private static final List<Seat> SEATS = List.of(
            new Seat("police", "Police representative", "Regional Directorate of the Ministry of Interior"),
            new Seat("prosecution", "Prosecution representative", "District Prosecutor's Office"),
            new Seat("social", "Social assistance representative", "Regional Social Assistance Directorate"),
            new Seat("ngo", "NGO representative", "Local partner NGO (demo)"));

    private final CommissionManagement commissions;

    private final CommissionMembers members;

    private final TrendReports reports;

    private final TransactionOperations transactions;

    DemoCommissions(CommissionManagement commissions, CommissionMembers members, TrendReports reports,
            TransactionOperations transactions) {
        this.commissions = commissions;
        this.members = members;
        this.reports = reports;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        var created = seed();
        if (created > 0) {
            log.warn("Demo mode: created {} demo local commissions with fictional data", created);
        }
    }

    /** Creates the demo commissions that do not exist yet, each in its own transaction; returns how many. */
    int seed() {
        int created = 0;
        for (Demo demo : COMMISSIONS) {
            try {
                Boolean done = transactions.execute(status -> seed(demo));
                created += Boolean.TRUE.equals(done) ? 1 : 0;
            }
            catch (DataIntegrityViolationException ex) {
                // Another instance seeded the same commission at the same moment.
                log.info("Demo commission {} was created concurrently: {}", demo.code(), ex.getMessage());
            }
        }
        return created;
    }

    private boolean seed(Demo demo) {
        var code = demo.code();
        if (commissions.exists(code)) {
            return false;
        }
        var established = LocalDate.of(demo.foundedIn(), 3, 1);
        var details = new CommissionDetails(demo.nameBg(), demo.nameEn(), demo.city(), demo.city() + " Province",
                established, new FoundingAct("Mayor of " + demo.city(), "DEMO-" + code + "-" + demo.foundedIn(),
                        established.minusDays(14)),
                new Chair("Deputy Mayor (demo)", "Municipality of " + demo.city()));
        commissions.establish(code, details, new Secretary("Secretary of " + demo.nameEn(), email("secretary", code), null));
        for (Seat seat : SEATS) {
            members.add(code, new MemberDetails(seat.name() + ", " + demo.nameEn(), seat.institution() + ", " + demo.city(),
                    "Member", email(seat.mailbox(), code), null, established, null));
        }
        if (demo.presentedIn2020()) {
            var report = reports.draft(code, SEED_MEETING_PERIOD, trendReport(demo));
            reports.publish(code, report.getId(), report.getVersion());
        }
        return true;
    }

    private static TrendReportContent trendReport(Demo demo) {
        return new TrendReportContent("Current trends in human trafficking, " + demo.city() + ", H2 2020 (demo)",
                "Fictional demo text. The commission observed recruitment mainly through job offers abroad and "
                        + "through acquaintances; the pandemic moved recruitment online. No figures are given: "
                        + "this report exists only to show how Coordina presents a trend report.",
                forms(demo), List.of("Young people leaving institutional care", "Unemployed adults seeking seasonal work"),
                List.of("Online job advertisements", "Social media", "Acquaintances and relatives"),
                countries(demo),
                "Fictional demo text: more prevention work in schools and with employment offices; "
                        + "closer exchange with the police on online recruitment.");
    }

    private static Set<ExploitationForm> forms(Demo demo) {
        return demo.code().hashCode() % 2 == 0
                ? EnumSet.of(ExploitationForm.SEXUAL_EXPLOITATION, ExploitationForm.LABOUR_EXPLOITATION)
                : EnumSet.of(ExploitationForm.LABOUR_EXPLOITATION, ExploitationForm.FORCED_BEGGING);
    }

    private static List<String> countries(Demo demo) {
        return demo.code().hashCode() % 2 == 0 ? List.of("DE", "NL", "GR") : List.of("DE", "AT", "FR");
    }

    private static String email(String seat, CommissionCode code) {
        return seat + "." + code.value().toLowerCase(Locale.ROOT) + "@lccthb.example.org";
    }
}

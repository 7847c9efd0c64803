package org.coordina.internationalcooperation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.coordina.internationalcooperation.events.AgreementKind;
import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.events.LegislativeStage;
import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.events.ReportingBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Demo mode only: the partners of the reference data; reporting obligations (EU reporting, GRETA follow-up, the
 * yearly US TIP input, UNODC), one overdue and one due soon relative to the clock; a few agreements and activities
 * with fictional titles marked "(demo)"; the transposition of Directive (EU) 2024/1712. Everything goes through
 * the services, so the events are published as for any change, in one transaction under an advisory lock; nothing
 * is created when the partners exist already, so a restart (or another instance) creates nothing again. The daily
 * announcements then run once, so the overdue and due-soon deadlines and the expiring agreement are announced.
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoCooperation {

    private static final Logger log = LoggerFactory.getLogger(DemoCooperation.class);

    /** The demo's seeding lock ("ICDM"). */
    private static final long SEEDING = 0x4943444dL;

    static final String DIRECTIVE = "Directive (EU) 2024/1712";

    private record Demo(String key, String nameBg, String nameEn, PartnerKind kind, String country, String website) {
    }

    static final String GRETA = "GRETA";

    private static final List<Demo> PARTNERS = List.of(
            new Demo(GRETA, "Група експерти на Съвета на Европа за борба с трафика на хора (GRETA)",
                    "Council of Europe Group of Experts on Action against Trafficking in Human Beings (GRETA)",
                    PartnerKind.INTERNATIONAL_ORGANISATION, "FR", "https://www.coe.int/en/web/anti-human-trafficking"),
            new Demo("EUATC", "Координатор на ЕС за борба с трафика на хора", "EU Anti-Trafficking Coordinator",
                    PartnerKind.EU_BODY, "BE", "https://home-affairs.ec.europa.eu"),
            new Demo("EUNR", "Мрежа на ЕС на националните докладчици и еквивалентни механизми",
                    "EU Network of National Rapporteurs and Equivalent Mechanisms", PartnerKind.EU_BODY, "BE", null),
            new Demo("EUROPOL", "Европол", "Europol", PartnerKind.EU_BODY, "NL", "https://www.europol.europa.eu"),
            new Demo("EUROJUST", "Евроджъст", "Eurojust", PartnerKind.EU_BODY, "NL", "https://www.eurojust.europa.eu"),
            new Demo("IOM", "Международна организация по миграция (МОМ)", "International Organization for Migration (IOM)",
                    PartnerKind.INTERNATIONAL_ORGANISATION, null, "https://www.iom.int"),
            new Demo("UNODC", "Служба на ООН по наркотиците и престъпността (UNODC)",
                    "United Nations Office on Drugs and Crime (UNODC)", PartnerKind.INTERNATIONAL_ORGANISATION, "AT",
                    "https://www.unodc.org"),
            new Demo("UNHCR", "Върховен комисар на ООН за бежанците (ВКБООН)", "UNHCR, the UN Refugee Agency",
                    PartnerKind.INTERNATIONAL_ORGANISATION, "CH", "https://www.unhcr.org"),
            new Demo("ODIHR", "ОССЕ, Служба за демократични институции и права на човека (ОДИХР)",
                    "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
                    PartnerKind.INTERNATIONAL_ORGANISATION, "PL", "https://www.osce.org/odihr"),
            new Demo("RAPPORTEUR", "Национален докладчик на държава партньор (демо)",
                    "National rapporteur of a partner country (demo)", PartnerKind.NATIONAL_RAPPORTEUR, "DE", null),
            new Demo("NGO", "Мрежа на неправителствени организации срещу трафика (демо)",
                    "NGO network against trafficking (demo)", PartnerKind.NGO_OR_NETWORK, null, null));

    private final Partners partners;

    private final Agreements agreements;

    private final CooperationActivities activities;

    private final ReportingObligations obligations;

    private final LegislativeInitiatives initiatives;

    private final PartnerRepository partnerRepository;

    private final JdbcAnnouncementLock lock;

    private final TransactionOperations transactions;

    DemoCooperation(Partners partners, Agreements agreements, CooperationActivities activities,
            ReportingObligations obligations, LegislativeInitiatives initiatives, PartnerRepository partnerRepository,
            JdbcAnnouncementLock lock, TransactionOperations transactions) {
        this.partners = partners;
        this.agreements = agreements;
        this.activities = activities;
        this.obligations = obligations;
        this.initiatives = initiatives;
        this.partnerRepository = partnerRepository;
        this.lock = lock;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        if (seed()) {
            log.warn("Demo mode: created demo international cooperation data (partners, obligations, agreements)");
        }
        transactions.executeWithoutResult(status -> agreements.announce());
        transactions.executeWithoutResult(status -> obligations.announce());
    }

    /** Seeds everything once; whether it did. */
    boolean seed() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!lock.tryLock(SEEDING) || partnerRepository.count() > 0) {
                return false;
            }
            var today = obligations.today();
            var ids = new HashMap<String, UUID>();
            for (Demo demo : PARTNERS) {
                ids.put(demo.key(), partners.register(new PartnerDetails(demo.nameBg(), demo.nameEn(), demo.kind(),
                        demo.country(), null, demo.website())).getId());
            }
            seedObligations(today);
            seedAgreements(today, ids);
            seedActivities(today, ids);
            seedInitiative(today);
            return true;
        }));
    }

    private void seedObligations(LocalDate today) {
        obligations.create(new ObligationDetails(ReportingBody.EU_ANTI_TRAFFICKING_COORDINATOR,
                "Докладване пред ЕС по чл. 19–20 от Директива 2011/36/ЕС",
                "EU reporting under Articles 19–20 of Directive 2011/36/EU",
                "Directive 2011/36/EU, Art. 19–20, as amended by " + DIRECTIVE, Recurrence.EVERY_TWO_YEARS,
                "National commission secretariat"), today.plusDays(20));
        obligations.create(new ObligationDetails(ReportingBody.GRETA, "Последващ доклад към GRETA (демо)",
                "GRETA follow-up report (demo)",
                "Council of Europe Convention on Action against Trafficking in Human Beings, Art. 38",
                Recurrence.everyMonths(24), "National commission secretariat"), today.minusDays(10));
        obligations.create(new ObligationDetails(ReportingBody.US_TIP_REPORT,
                "Принос към доклада на САЩ за трафика на хора", "Input to the US Trafficking in Persons report", null,
                Recurrence.YEARLY, "National commission secretariat"), today.plusDays(120));
        obligations.create(new ObligationDetails(ReportingBody.UNODC,
                "Въпросник за Глобалния доклад на UNODC за трафика на хора",
                "UNODC Global Report on Trafficking in Persons questionnaire", null, Recurrence.EVERY_TWO_YEARS,
                "National commission secretariat"), today.plusDays(200));
    }

    private void seedAgreements(LocalDate today, Map<String, UUID> ids) {
        var memorandum = agreements.draft(new AgreementDetails(Set.of(ids.get("IOM")),
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING, "Меморандум за сътрудничество срещу трафика (демо)",
                "Memorandum of understanding on cooperation against trafficking (demo)", today.minusYears(3),
                today.plusDays(60), "DEMO-MOU-1"));
        agreements.sign(memorandum.getId(), memorandum.getVersion(), today.minusYears(3));
        var exchange = agreements.draft(new AgreementDetails(Set.of(ids.get("RAPPORTEUR")),
                AgreementKind.BILATERAL_AGREEMENT, "Двустранно споразумение за обмен на информация (демо)",
                "Bilateral agreement on the exchange of information (demo)", today.minusYears(1), today.plusYears(3),
                "DEMO-BA-2"));
        agreements.sign(exchange.getId(), exchange.getVersion(), today.minusYears(1));
        agreements.draft(new AgreementDetails(Set.of(ids.get("NGO"), ids.get("IOM")), AgreementKind.JOINT_DECLARATION,
                "Съвместна декларация за кампанията за 18 октомври (демо)",
                "Joint declaration on the 18 October campaign (demo)", today.plusMonths(1), null, null));
    }

    private void seedActivities(LocalDate today, Map<String, UUID> ids) {
        activities.record(new ActivityDetails(CooperationActivityKind.STUDY_VISIT,
                "Учебно посещение за идентифициране на жертви (демо)", "Study visit on victim identification (demo)",
                Set.of(ids.get("RAPPORTEUR")), today.minusMonths(2), today.minusMonths(2).plusDays(2),
                "Partner country (demo)", Set.of(), null, null, null, "Fictional demo outcomes: exchange of practice.",
                null, 12, null, Set.of()));
        activities.record(new ActivityDetails(CooperationActivityKind.TRANSNATIONAL_REFERRAL,
                "Транснационални насочвания (демо)", "Transnational referrals (demo)", Set.of(ids.get("IOM")),
                today.minusMonths(1), today.minusMonths(1), null, Set.of(), null, null, null, null, null, null, 3,
                Set.of("DE", "NL")));
        activities.record(new ActivityDetails(CooperationActivityKind.JOINT_CAMPAIGN,
                "Съвместна кампания за 18 октомври (демо)", "Joint awareness campaign around 18 October (demo)",
                Set.of(ids.get("IOM"), ids.get("NGO")), today.minusMonths(3), today.minusMonths(3).plusDays(14), null,
                Set.of(), "Demo fund", new BigDecimal("10000"), "EUR", "Fictional demo outcomes.", null, 250, null,
                Set.of()));
    }

    private void seedInitiative(LocalDate today) {
        var initiative = initiatives.propose("Транспониране на Директива (ЕС) 2024/1712",
                "Transposition of " + DIRECTIVE, DIRECTIVE, "Ministry of Justice",
                new StageReached(LegislativeStage.PROPOSAL, today.minusMonths(8), "Demo dates"));
        initiatives.advance(initiative.getId(), initiative.getVersion(),
                new StageReached(LegislativeStage.PUBLIC_CONSULTATION, today.minusMonths(5), "Demo dates"));
    }
}

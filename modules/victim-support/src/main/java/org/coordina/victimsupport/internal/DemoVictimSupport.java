package org.coordina.victimsupport.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.SupportActivityKind;
import org.coordina.victimsupport.events.TargetGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: the support services of the reference data (shelters and centres for protection and
 * support in Sofia, Burgas and Varna, the crisis centre for child victims in Sofia, the national hotline),
 * run by clearly fictional operators; and, for five commissions, support activities and victim statistics
 * of 2021 Q1–Q3 with small, fictional counts that exercise suppression (Q1 and Q2 accepted, Q3 submitted).
 * Everything goes through the application services, so events are published as for any change; what
 * exists is left alone. A commission's data waits until the projection knows it
 * ({@code DemoVictimSupportListener}).
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoVictimSupport {

    private static final Logger log = LoggerFactory.getLogger(DemoVictimSupport.class);

    /** The commissions with demo activities and statistics. */
    static final List<String> COMMISSIONS = List.of("BGS", "VAR", "PDV", "SLS", "BLG");

    static final int YEAR = 2021;

    private final SupportServices services;

    private final SupportServiceRepository serviceRepository;

    private final SupportActivities activities;

    private final SupportActivityRepository activityRepository;

    private final StatisticsSubmissions statistics;

    private final CommissionRegister known;

    private final TransactionOperations transactions;

    DemoVictimSupport(SupportServices services, SupportServiceRepository serviceRepository,
            SupportActivities activities, SupportActivityRepository activityRepository,
            StatisticsSubmissions statistics, CommissionRegister known,
            PlatformTransactionManager transactionManager) {
        this.services = services;
        this.serviceRepository = serviceRepository;
        this.activities = activities;
        this.activityRepository = activityRepository;
        this.statistics = statistics;
        this.known = known;
        // A transaction of its own per commission, also when called after another transaction's commit.
        var template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactions = template;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        seedServices();
        COMMISSIONS.forEach(this::seedCommission);
    }

    /** The register's services, each once. */
    synchronized Map<String, UUID> seedServices() {
        return transactions.execute(status -> registerServices());
    }

    private Map<String, UUID> registerServices() {
        var ids = new HashMap<String, UUID>();
        for (var details : services()) {
            var id = serviceRepository.findFirstByNameEn(details.nameEn()).map(SupportService::getId)
                    .orElseGet(() -> services.register(details).getId());
            ids.put(details.city(), ids.getOrDefault(details.city(), id));
        }
        return ids;
    }

    /** The commission's activities and statistics, once, when the projection knows the commission. */
    void seedCommission(String code) {
        // Checked before the monitor: every other commission's listener would otherwise queue behind a seeding.
        if (COMMISSIONS.contains(code)) {
            seedSerially(code);
        }
    }

    private synchronized void seedSerially(String code) {
        transactions.executeWithoutResult(status -> seed(code));
    }

    private void seed(String code) {
        if (!COMMISSIONS.contains(code) || known.findUsable(List.of(code)).isEmpty()
                || activityRepository.existsByCommissionCode(code)) {
            return;
        }
        var commission = CommissionCode.parse(code);
        var random = new Random(code.hashCode());
        var serviceIds = registerServices();
        var kinds = SupportActivityKind.values();
        for (var quarter = 1; quarter <= 3; quarter++) {
            var from = LocalDate.of(YEAR, quarter * 3 - 2, 1);
            var to = from.plusMonths(3).minusDays(1);
            for (var n = 0; n < 2; n++) {
                var kind = kinds[random.nextInt(kinds.length)];
                var service = n == 0 ? serviceIds.get(cityOf(code)) : null;
                var activity = activities.record(commission, new ActivityDetails(kind, from, to, service,
                        1 + random.nextInt(9), "Demo (fictional): " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + " in Q" + quarter, null));
                activities.report(commission, activity.getId(), activity.getVersion());
            }
            var table = fictionalTable(random, 3 + random.nextInt(12));
            var draft = statistics.draft(commission, YEAR, quarter, table);
            var submitted = statistics.submit(commission, YEAR, quarter, draft.getVersion());
            if (quarter < 3) {
                statistics.accept(commission, YEAR, quarter, submitted.getVersion());
            }
        }
        log.info("Demo victim support data seeded for {}", code);
    }

    private static String cityOf(String code) {
        return switch (code) {
            case "BGS" -> "Burgas";
            case "VAR" -> "Varna";
            default -> "Sofia";
        };
    }

    /** Counts of that many fictional victims, skewed so that small cells occur. */
    static StatisticsTable fictionalTable(Random random, int victims) {
        var counts = new HashMap<String, Integer>();
        for (var victim = 0; victim < victims; victim++) {
            var categories = new EnumMap<Dimension, String>(Dimension.class);
            for (var dimension : Dimension.values()) {
                var values = dimension.categories();
                categories.put(dimension, values.get((int) (Math.pow(random.nextDouble(), 3) * values.size())));
            }
            for (var tabulation : Tabulation.values()) {
                counts.merge(tabulation + "|" + categories.get(tabulation.rows()) + "|"
                        + categories.get(tabulation.columns()), 1, Integer::sum);
            }
        }
        var cells = new ArrayList<StatisticsCell>();
        counts.forEach((key, count) -> {
            var parts = key.split("\\|");
            cells.add(new StatisticsCell(Tabulation.valueOf(parts[0]), parts[1], parts[2], count));
        });
        return StatisticsTable.of(victims, cells);
    }

    private static List<ServiceDetails> services() {
        var since = LocalDate.of(2015, 1, 1);
        return List.of(
                service("Приют за жертви на трафик, София", "Shelter for victims of trafficking, Sofia",
                        ServiceType.SHELTER, TargetGroup.WOMEN, "Sofia", 8, since),
                service("Център за закрила и подкрепа, София", "Centre for protection and support, Sofia",
                        ServiceType.PROTECTION_AND_SUPPORT_CENTRE, TargetGroup.ADULTS, "Sofia", 10, since),
                service("Кризисен център за деца – жертви на трафик, София",
                        "Crisis centre for child victims of trafficking, Sofia", ServiceType.CRISIS_CENTRE,
                        TargetGroup.CHILDREN, "Sofia", 8, since),
                service("Приют за жертви на трафик, Бургас", "Shelter for victims of trafficking, Burgas",
                        ServiceType.SHELTER, TargetGroup.ALL, "Burgas", 6, since),
                service("Център за закрила и подкрепа, Бургас", "Centre for protection and support, Burgas",
                        ServiceType.PROTECTION_AND_SUPPORT_CENTRE, TargetGroup.ADULTS, "Burgas", 6, since),
                service("Приют за жертви на трафик, Варна", "Shelter for victims of trafficking, Varna",
                        ServiceType.SHELTER, TargetGroup.WOMEN, "Varna", 6, since),
                service("Център за закрила и подкрепа, Варна", "Centre for protection and support, Varna",
                        ServiceType.PROTECTION_AND_SUPPORT_CENTRE, TargetGroup.ADULTS, "Varna", 6, since),
                service("Национална гореща линия за жертви на трафик", "National anti-trafficking hotline",
                        ServiceType.HOTLINE, TargetGroup.ALL, "Sofia", null, since));
    }

    private static ServiceDetails service(String nameBg, String nameEn, ServiceType type, TargetGroup group,
            String city, Integer capacity, LocalDate since) {
        return new ServiceDetails(nameBg, nameEn, type, group, city, "Demo NGO operator (fictional)", capacity, since,
                null, ServiceStatus.ACTIVE);
    }
}

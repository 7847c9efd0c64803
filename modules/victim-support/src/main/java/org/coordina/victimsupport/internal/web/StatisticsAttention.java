package org.coordina.victimsupport.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.pages.AttentionItem;
import org.coordina.sharedkernel.pages.AttentionSource;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.coordina.victimsupport.internal.StatisticsDirectory;
import org.coordina.victimsupport.internal.StatisticsStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Victim support's part of the home page: for a commission's secretary, the last quarter's statistics when they
 * are not entered yet and the drafts still to submit; for the national admin and experts, the submitted
 * statistics to accept. Each from the statistics' own lists.
 */
@Component
class StatisticsAttention implements AttentionSource {

    /** Quarters end on Sofia's calendar. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Sofia");

    private static final int SHOWN = 5;

    private final StatisticsDirectory directory;

    private final Clock clock;

    StatisticsAttention(StatisticsDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String headingCode() {
        return "victimsupport.page.attention.heading";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<AttentionItem> attentionFor(SignedInUser user) {
        if (user.roles().contains(Role.NATIONAL_ADMIN) || user.roles().contains(Role.NATIONAL_EXPERT)) {
            return directory.page(null, StatisticsStatus.SUBMITTED, PageRequest.of(0, SHOWN)).stream()
                    .map(entry -> new AttentionItem("victimsupport.page.attention.toAccept",
                            List.of(entry.commission().value(), String.valueOf(entry.year()), entry.quarter()),
                            path(entry.commission(), entry.year(), entry.quarter()), null, false))
                    .toList();
        }
        if (!user.roles().contains(Role.LOCAL_SECRETARY) || user.commission().isEmpty()) {
            return List.of();
        }
        var commission = CommissionCode.parse(user.commission().get());
        var items = new ArrayList<AttentionItem>();
        var today = LocalDate.now(clock.withZone(ZONE));
        var lastQuarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3).minusDays(1);
        var year = lastQuarter.getYear();
        var quarter = (lastQuarter.getMonthValue() + 2) / 3;
        if (!directory.exists(commission, year, quarter)) {
            items.add(new AttentionItem("victimsupport.page.attention.due", List.of(String.valueOf(year), quarter),
                    path(commission, year, quarter), null, false));
        }
        directory.inStatus(commission, StatisticsStatus.DRAFT, SHOWN).forEach(entry -> items.add(new AttentionItem(
                "victimsupport.page.attention.draft", List.of(String.valueOf(entry.year()), entry.quarter()),
                path(commission, entry.year(), entry.quarter()), null, false)));
        return items;
    }

    private static String path(CommissionCode commission, int year, int quarter) {
        return "/victim-support/statistics/" + commission.value() + "/" + year + "/" + quarter;
    }
}

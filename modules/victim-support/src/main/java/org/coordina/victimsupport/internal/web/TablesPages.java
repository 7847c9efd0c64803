package org.coordina.victimsupport.internal.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.Role;
import org.coordina.victimsupport.internal.DisclosureControl;
import org.coordina.victimsupport.internal.LinkedTables;
import org.coordina.victimsupport.internal.PublishedStatistics;
import org.coordina.victimsupport.internal.StatisticsDirectory;
import org.coordina.victimsupport.internal.TablePeriod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published victim statistics tables of a year and period, national or of one commission, always protected
 * jointly as published (ADR 9): a suppressed figure is shown as suppressed, never as 0, with a legend and the
 * method. A period not yet published says so. Who reads which tables is the API's rule.
 */
@PageController
@RequestMapping("/victim-support/tables")
class TablesPages implements NavigationContributor {

    /** The periods from the widest, to pick the one to show first. */
    private static final List<TablePeriod> WIDEST_FIRST = List.of(TablePeriod.YEAR, TablePeriod.H2, TablePeriod.Q4,
            TablePeriod.Q3, TablePeriod.H1, TablePeriod.Q2, TablePeriod.Q1);

    private final PublishedStatistics published;

    private final StatisticsDirectory directory;

    private final DisclosureControl disclosure;

    private final VictimSupportAccess access;

    private final CommissionAccess commissions;

    TablesPages(PublishedStatistics published, StatisticsDirectory directory, DisclosureControl disclosure,
            VictimSupportAccess access, CommissionAccess commissions) {
        this.published = published;
        this.directory = directory;
        this.disclosure = disclosure;
        this.access = access;
        this.commissions = commissions;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("victimsupport.page.nav.tables", "/victim-support/tables", 52,
                EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR, Role.LOCAL_SECRETARY,
                        Role.LOCAL_MEMBER)).inSection(StatisticsPages.SECTION));
    }

    @GetMapping
    @PreAuthorize("@victimSupportAccess.canReadTables(#commission)")
    String tables(@RequestParam(required = false) Integer year, @RequestParam(required = false) TablePeriod period,
            @RequestParam(required = false) CommissionCode commission, Model model) {
        var years = directory.acceptedYears();
        var shownYear = year != null ? year : years.isEmpty() ? null : years.get(0);
        model.addAttribute("years", years);
        model.addAttribute("periods", TablePeriod.values());
        model.addAttribute("commission", commission == null ? "" : commission.value());
        model.addAttribute("minimumCellSize", disclosure.minimumCellSize());
        if (shownYear == null || shownYear < 2000 || shownYear > 2100) {
            model.addAttribute("year", shownYear);
            model.addAttribute("scopes", List.of());
            return "victimsupport/tables";
        }
        var linked = published.year(shownYear);
        var shownPeriod = period != null ? period
                : WIDEST_FIRST.stream().filter(linked::published).findFirst().orElse(TablePeriod.Q1);
        var scope = commission == null ? LinkedTables.NATIONAL : commission.value();
        model.addAttribute("year", shownYear);
        model.addAttribute("period", shownPeriod);
        model.addAttribute("scopes", scopes(linked));
        linked.table(scope, shownPeriod).ifPresent(table -> model.addAttribute("tables", ShownTable.of(table)));
        return "victimsupport/tables";
    }

    /** The commissions of the year's tables that this user may read. */
    private List<String> scopes(LinkedTables linked) {
        var scopes = new ArrayList<String>();
        linked.scopes().stream().filter(scope -> !LinkedTables.NATIONAL.equals(scope)).sorted()
                .filter(scope -> commissions.canRead(scope)).forEach(scopes::add);
        return scopes;
    }
}

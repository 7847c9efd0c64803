package org.coordina.victimsupport.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.web.DownloadTable;
import org.coordina.sharedkernel.web.ExportFormat;
import org.coordina.sharedkernel.web.ExportResponse;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.ProtectedStatistics;
import org.coordina.victimsupport.internal.DisclosureControl;
import org.coordina.victimsupport.internal.LinkedTables;
import org.coordina.victimsupport.internal.PublishedStatistics;
import org.coordina.victimsupport.internal.RawExports;
import org.coordina.victimsupport.internal.StatisticsTablesQuery;
import org.coordina.victimsupport.internal.TablePeriod;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/victim-support/statistics?year=&period=&commission=} (and {@code .csv}, {@code .xlsx}):
 * the predefined tables of a quarter, half-year or year, of one commission or national, summed from the
 * accepted statistics' raw counts, then protected jointly with every other published table of the year
 * ({@link PublishedStatistics}); a protected table exists only once all its quarters are closed. The national admin and experts read them raw by default
 * and may ask for {@code view=protected}; everyone else reads them protected, a commission's tables only if
 * they may read that commission. Downloads are protected unless a national admin or expert asks for
 * {@code view=raw}, and every raw download is recorded.
 */
@RestController
@Validated
@RequestMapping("/api/v1/victim-support")
class StatisticsTablesController {

    private final StatisticsTablesQuery query;

    private final DisclosureControl disclosure;

    private final VictimSupportAccess access;

    private final RawExports rawExports;

    private final MessageSource messages;

    private final PublishedStatistics published;

    StatisticsTablesController(StatisticsTablesQuery query, DisclosureControl disclosure, VictimSupportAccess access,
            RawExports rawExports, MessageSource messages, PublishedStatistics published) {
        this.query = query;
        this.published = published;
        this.disclosure = disclosure;
        this.access = access;
        this.rawExports = rawExports;
        this.messages = messages;
    }

    /** Raw or protected, as asked and allowed. */
    enum View {
        RAW, PROTECTED
    }

    @GetMapping("/statistics")
    @PreAuthorize("@victimSupportAccess.canReadTables(#commission)")
    TablesView tables(@RequestParam @Min(2000) @Max(2100) int year, @RequestParam TablePeriod period,
            @RequestParam(required = false) CommissionCode commission, @RequestParam(required = false) View view) {
        var raw = raw(view, View.RAW);
        return new TablesView(year, period, scope(commission), raw, method(raw, LocaleContextHolder.getLocale()),
                statistics(year, period, commission, raw));
    }

    @GetMapping({ "/statistics.csv", "/statistics.xlsx" })
    @PreAuthorize("@victimSupportAccess.canReadTables(#commission)")
    void download(@RequestParam @Min(2000) @Max(2100) int year, @RequestParam TablePeriod period,
            @RequestParam(required = false) CommissionCode commission, @RequestParam(required = false) View view,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        var raw = raw(view, View.PROTECTED);
        var format = ExportFormat.of(request.getRequestURI().substring(request.getRequestURI().lastIndexOf('.') + 1));
        var statistics = statistics(year, period, commission, raw);
        if (raw) {
            rawExports.record(year, period, commission, format.suffix());
        }
        var locale = LocaleContextHolder.getLocale();
        var name = "victim-statistics-" + year + "-" + period + "-" + scope(commission) + (raw ? "-raw" : "");
        ExportResponse.send(response, format, name, scope(commission) + " " + year + " " + period, table -> {
            table.row(Arrays.asList(label("table", locale), label("row", locale), label("column", locale),
                    label("count", locale), label("suppressed", locale)));
            write(table, "TOTAL", null, null, statistics.total(), locale);
            statistics.margins().forEach(margin -> write(table, "MARGIN " + margin.dimension(), margin.value(), null,
                    margin.figure(), locale));
            statistics.cells().forEach(cell -> write(table, cell.tabulation(), cell.row(), cell.column(),
                    cell.figure(), locale));
            table.row(Arrays.asList());
            table.row(Arrays.asList(method(raw, locale)));
        });
    }

    private void write(DownloadTable table, String name, String row, String column, ProtectedFigure figure, Locale locale) {
        try {
            table.row(Arrays.asList(name, row, column, figure.count(),
                    figure.suppressed() ? label("suppressedMark", locale) : null));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Raw: the accepted counts as they are now. Protected: the table of the year's jointly protected system,
     * only once the period is published (its quarters closed), else a 409.
     */
    private ProtectedStatistics statistics(int year, TablePeriod period, CommissionCode commission, boolean raw) {
        if (raw) {
            return disclosure.raw(query.accepted(year, period, commission));
        }
        return published.year(year).table(scope(commission), period)
                .orElseThrow(() -> DomainProblem.conflict("victimsupport.tables.notPublished", year, period));
    }

    /** Whether to answer raw: national roles by default as given, others never (asking is refused). */
    private boolean raw(View asked, View nationalDefault) {
        var wanted = asked == null ? (access.seesRaw() ? nationalDefault : View.PROTECTED) : asked;
        if (wanted == View.RAW && !access.seesRaw()) {
            throw new AccessDeniedException("Raw victim statistics are for the national admin and experts only");
        }
        return wanted == View.RAW;
    }

    private String method(boolean raw, Locale locale) {
        return raw ? messages.getMessage("victimsupport.tables.rawNote", null, locale)
                : messages.getMessage("victimsupport.tables.method", new Object[] { disclosure.minimumCellSize() },
                        locale);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("victimsupport.export." + key, null, locale);
    }

    private static String scope(CommissionCode commission) {
        return commission == null ? LinkedTables.NATIONAL : commission.value();
    }
}

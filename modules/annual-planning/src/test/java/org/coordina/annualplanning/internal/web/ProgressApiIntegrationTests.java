package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coordina.annualplanning.internal.ActivityPlanning;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.Plans;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.web.ExportFormat;
import org.coordina.testsupport.Caller;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/v1/planning-cycles/{year}/progress} (JSON, CSV, XLSX) and {@code …/annual-report.xlsx}: the
 * figures of the hand-computed {@link RollupDataset}, and who may read them.
 */
@ModuleApiTest
@Import(RollupDataset.FixedClock.class)
class ProgressApiIntegrationTests {

    private static final int YEAR = 2061;

    private static final String PROGRESS = "/api/v1/planning-cycles/" + YEAR + "/progress";

    private static final java.util.Set<Caller> NATIONAL_AND_AUDITOR = java.util.EnumSet.of(Caller.NATIONAL_ADMIN,
            Caller.NATIONAL_EXPERT, Caller.AUDITOR);

    private static RollupDataset dataset;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanningCycles cycles;

    @Autowired
    Plans plans;

    @Autowired
    ActivityPlanning planning;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void dataSet() {
        if (dataset == null) {
            dataset = new RollupDataset(YEAR, "RPA", "RPB", cycles, plans, planning, jdbc).create();
        }
    }

    @Test
    void countsActivitiesByTheStatusOfTheirLatestProgress() throws Exception {
        mvc.perform(get(PROGRESS).with(TestUsers.as(Role.NATIONAL_EXPERT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.asOf").value("2061-07-10"))
                .andExpect(jsonPath("$.activities.total").value(7))
                .andExpect(jsonPath("$.activities.notStarted").value(1))
                .andExpect(jsonPath("$.activities.inProgress").value(2))
                .andExpect(jsonPath("$.activities.completed").value(2))
                .andExpect(jsonPath("$.activities.postponed").value(1))
                .andExpect(jsonPath("$.activities.cancelled").value(1))
                .andExpect(jsonPath("$.owners[*].owner", contains("national", "RPA", "RPB")))
                .andExpect(jsonPath("$.owners[0].activities.completed").value(1))
                .andExpect(jsonPath("$.owners[0].activities.notStarted").value(1))
                .andExpect(jsonPath("$.owners[1].nameEn").value("LCCTHB Test RPA"))
                .andExpect(jsonPath("$.owners[1].planStatus").value("APPROVED"))
                .andExpect(jsonPath("$.owners[1].activities.total").value(3))
                .andExpect(jsonPath("$.owners[1].activities.inProgress").value(1))
                .andExpect(jsonPath("$.owners[1].activities.postponed").value(1))
                .andExpect(jsonPath("$.owners[1].activities.cancelled").value(1))
                .andExpect(jsonPath("$.owners[2].activities.inProgress").value(1))
                .andExpect(jsonPath("$.owners[2].activities.completed").value(1))
                .andExpect(jsonPath("$.sections[*].code", contains("I", "II", "III", "IV", "V", "VI", "VII")))
                .andExpect(jsonPath("$.sections[0].activities.total").value(0))
                .andExpect(jsonPath("$.sections[1].titleBg").value("Превенция"))
                .andExpect(jsonPath("$.sections[1].activities.total").value(4))
                .andExpect(jsonPath("$.sections[1].activities.completed").value(2))
                .andExpect(jsonPath("$.sections[1].activities.inProgress").value(1))
                .andExpect(jsonPath("$.sections[1].activities.cancelled").value(1))
                .andExpect(jsonPath("$.sections[2].activities.total").value(2))
                .andExpect(jsonPath("$.sections[2].activities.notStarted").value(1))
                .andExpect(jsonPath("$.sections[3].activities.postponed").value(1));
    }

    @Test
    void addsUpIncrementalIndicatorsAndTakesTheLatestValueOfCumulativeOnes() throws Exception {
        mvc.perform(get(PROGRESS).with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.indicators").value(5))
                .andExpect(jsonPath("$.indicators.reached").value(2))
                .andExpect(jsonPath("$.indicators.meanAchievement", closeTo(0.83, 0.00001)))
                .andExpect(jsonPath("$.owners[0].indicators.indicators").value(1))
                .andExpect(jsonPath("$.owners[0].indicators.reached").value(1))
                .andExpect(jsonPath("$.owners[0].indicators.meanAchievement", closeTo(1.1, 0.00001)))
                // aI1 30 of 50, aI2 7 of 10: the cumulative one's sum (11) would have reached its target.
                .andExpect(jsonPath("$.owners[1].indicators.indicators").value(2))
                .andExpect(jsonPath("$.owners[1].indicators.reached").value(0))
                .andExpect(jsonPath("$.owners[1].indicators.meanAchievement", closeTo(0.65, 0.00001)))
                .andExpect(jsonPath("$.owners[2].indicators.reached").value(1))
                .andExpect(jsonPath("$.owners[2].indicators.meanAchievement", closeTo(0.875, 0.00001)))
                .andExpect(jsonPath("$.sections[1].indicators.indicators").value(4))
                .andExpect(jsonPath("$.sections[1].indicators.reached").value(2))
                .andExpect(jsonPath("$.sections[1].indicators.meanAchievement", closeTo(0.85, 0.00001)))
                .andExpect(jsonPath("$.sections[2].indicators.meanAchievement", closeTo(0.75, 0.00001)))
                .andExpect(jsonPath("$.sections[0].indicators.indicators").value(0))
                .andExpect(jsonPath("$.sections[0].indicators.meanAchievement").doesNotExist());
    }

    @Test
    void countsReportsPerQuarterByStateWithOverdueAndMissingOnes() throws Exception {
        mvc.perform(get(PROGRESS).with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owners[0].quarters", contains("ACCEPTED", "SUBMITTED", "MISSING", "MISSING")))
                .andExpect(jsonPath("$.owners[1].quarters", contains("ACCEPTED", "DRAFT", "MISSING", "MISSING")))
                .andExpect(jsonPath("$.owners[2].quarters", contains("OVERDUE", "RETURNED", "MISSING", "MISSING")))
                .andExpect(jsonPath("$.reports[0].quarter").value(1))
                .andExpect(jsonPath("$.reports[0].accepted").value(2))
                .andExpect(jsonPath("$.reports[0].overdue").value(1))
                .andExpect(jsonPath("$.reports[0].draft").value(0))
                .andExpect(jsonPath("$.reports[0].missing").value(0))
                .andExpect(jsonPath("$.reports[1].submitted").value(1))
                .andExpect(jsonPath("$.reports[1].draft").value(1))
                .andExpect(jsonPath("$.reports[1].returned").value(1))
                .andExpect(jsonPath("$.reports[1].overdue").value(0))
                .andExpect(jsonPath("$.reports[2].missing").value(3))
                .andExpect(jsonPath("$.reports[3].missing").value(3));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyNationalStaffAndTheAuditorReadTheRollUp(Caller caller) throws Exception {
        for (String path : List.of(PROGRESS, PROGRESS + ".csv", PROGRESS + ".xlsx",
                "/api/v1/planning-cycles/" + YEAR + "/annual-report.xlsx")) {
            mvc.perform(get(path).with(caller.on("RPA")))
                    .andExpect(status().is(caller.expect(NATIONAL_AND_AUDITOR, 200)));
        }
    }

    @Test
    void aYearWithoutACycleIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/planning-cycles/2099/progress").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/planning-cycles/2099/progress.csv").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/planning-cycles/next/progress").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theRollUpAsCsvHasABomLocalizedHeadersAndTheFigures() throws Exception {
        var bg = mvc.perform(get(PROGRESS + ".csv").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"progress-2061.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        var lines = csvLines(bg);
        assertThat(lines.get(0)).startsWith("Ниво,Код,Наименование,Статус на плана,Дейности,Незапочната");
        assertThat(lines.get(1)).startsWith("Всички планове,,,,7,1,2,2,1,1,5,2,0.8300,Приет: 2; Просрочен: 1,");
        assertThat(lines).contains("Раздел,II,Превенция,,4,0,1,2,0,1,4,2,0.8500,,,,",
                "План,RPB,МКБТХ Тест RPB,Одобрен,2,0,1,1,0,0,2,1,0.8750,Просрочен,Върнат,Липсва,Липсва");
        var en = mvc.perform(get(PROGRESS + ".csv").with(TestUsers.as(Role.NATIONAL_ADMIN))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andReturn().getResponse().getContentAsByteArray();
        assertThat(csvLines(en).get(0)).startsWith("Level,Code,Name,Plan status,Activities,Not started");
        assertThat(csvLines(en)).contains("Plan,national,National plan,Approved,2,1,0,1,0,0,1,1,1.1000,Accepted,Submitted,Missing,Missing");
    }

    @Test
    void theRollUpsOwnUrlAnswersCsvOrXlsxWhenAskedByAcceptAndJsonOtherwise() throws Exception {
        var admin = TestUsers.as(Role.NATIONAL_ADMIN);
        var csv = mvc.perform(get(PROGRESS).with(admin).accept("text/csv").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csvLines(csv).get(0)).startsWith("Level,Code,Name");
        mvc.perform(get(PROGRESS).with(admin).accept(ExportFormat.XLSX_TYPE))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExportFormat.XLSX_TYPE));
        mvc.perform(get(PROGRESS).with(admin).accept(MediaType.ALL))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        mvc.perform(get(PROGRESS).with(TestUsers.as(Role.LOCAL_SECRETARY, "RPA")).accept("text/csv"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRollUpAsXlsxOpensWithTheFigures() throws Exception {
        var body = mvc.perform(get(PROGRESS + ".xlsx").with(TestUsers.as(Role.AUDITOR))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Level");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(0.83);
            assertThat(sheet.getRow(1).getCell(13).getStringCellValue()).isEqualTo("Accepted: 2; Overdue: 1");
            var rpb = sheet.getRow(sheet.getLastRowNum());
            assertThat(rpb.getCell(1).getStringCellValue()).isEqualTo("RPB");
            assertThat(rpb.getCell(13).getStringCellValue()).isEqualTo("Overdue");
        }
    }

    @Test
    void theAnnualReportListsEachSectionsNationalActivitiesThenTheirLocalOnesWithAcceptedFiguresOnly() throws Exception {
        var body = mvc.perform(get("/api/v1/planning-cycles/" + YEAR + "/annual-report.xlsx")
                .with(TestUsers.as(Role.NATIONAL_EXPERT)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"annual-report-2061.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var rows = new ArrayList<List<String>>();
            var formatter = new DataFormatter();
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                for (int index = 0; index < 8; index++) {
                    cells.add(formatter.formatCellValue(row.getCell(index)));
                }
                rows.add(cells);
            }
            assertThat(rows.get(0)).containsExactly("Раздел", "План", "Дейност", "Към националната дейност", "Статус",
                    "Достигнати лица", "Индикатори (постигнато / цел)", "Средно изпълнение");
            // Section II: N1, then A1 serving it, then the local activities serving nothing (A3 of RPA, B2 of RPB).
            assertThat(rows.subList(1, 5)).extracting(row -> row.get(2)).containsExactly("Дейност N1, „кампания“",
                    "Дейност A1, „кампания“", "Дейност A3, „кампания“", "Дейност B2, „кампания“");
            // Only Q1 of the national plan is accepted: N1 IN_PROGRESS, 120 people, 30 of 100.
            assertThat(rows.get(1)).containsExactly("II Превенция", "Национален план", "Дейност N1, „кампания“", "",
                    "В изпълнение", "120", "Индикатор nI1: 30 / 100 бр.", "0.3");
            assertThat(rows.get(2)).containsExactly("II Превенция", "RPA", "Дейност A1, „кампания“",
                    "Дейност N1, „кампания“", "В изпълнение", "15", "Индикатор aI1: 20 / 50 бр.; Индикатор aI2: 4 / 10 бр.",
                    "0.4");
            // RPB has no accepted report: nothing of its figures counts.
            assertThat(rows.get(4)).containsExactly("II Превенция", "RPB", "Дейност B2, „кампания“", "", "Незапочната",
                    "0", "Индикатор bI2: 0 / 40 бр.", "0");
            assertThat(rows.get(5).get(0)).isEqualTo("III Обучение и повишаване на капацитета на служителите");
            assertThat(rows).hasSize(8);
        }
    }

    static List<String> csvLines(byte[] body) {
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        var text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        return List.of(text.split("\r\n"));
    }
}

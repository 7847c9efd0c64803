package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.annualplanning.internal.web.ProgressApiIntegrationTests.csvLines;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coordina.annualplanning.internal.ActivityPlanning;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.Plans;
import org.coordina.sharedkernel.security.Role;
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
 * {@code …/plans/{owner}.csv|.xlsx} and {@code …/plans/{owner}/quarters/{quarter}.csv|.xlsx}: what they hold,
 * in which language, and who may download them (the readers of the plan).
 */
@ModuleApiTest
@Import(RollupDataset.FixedClock.class)
class PlanExportApiIntegrationTests {

    private static final int YEAR = 2062;

    private static final String PLANS = "/api/v1/planning-cycles/" + YEAR + "/plans/";

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
            dataset = new RollupDataset(YEAR, "RQA", "RQB", cycles, plans, planning, jdbc).create();
        }
    }

    @Test
    void aPlanAsCsvHasABomBulgarianHeadersByDefaultAndQuotesByRfc4180() throws Exception {
        var body = mvc.perform(get(PLANS + "RQA.csv").with(TestUsers.as(Role.LOCAL_SECRETARY, "RQA")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-2062-RQA.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        var lines = csvLines(body);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("Раздел,Дейност,Отговорни институции,Партньори,Източник на финансиране,Сума,"
                + "Валута,Начало,Срок,Планирани тримесечия,Индикатори,Статус");
        assertThat(lines.get(1)).isEqualTo("II Превенция,\"Дейност A1, „кампания“\",Община; Полиция,"
                + "\"НПО \"\"Надежда\"\"\",Държавен бюджет,1500.50,BGN,2062-02-01,2062-11-30,\"1, 2\","
                + "Индикатор aI1 (бр.): 0 → 50; Индикатор aI2 (бр.): 0 → 10,В изпълнение");
        assertThat(lines.get(2)).startsWith("II Превенция,\"Дейност A3, „кампания“\"").endsWith(",,Отменена");
        assertThat(lines.get(3)).startsWith("\"IV Идентифициране, защита").endsWith(",Отложена");
    }

    @Test
    void aPlanAsCsvSpeaksEnglishWhenAsked() throws Exception {
        var body = mvc.perform(get(PLANS + "national.csv").with(TestUsers.as(Role.NATIONAL_EXPERT))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var lines = csvLines(body);
        assertThat(lines.get(0)).isEqualTo("Section,Activity,Responsible,Partners,Financing source,Amount,Currency,"
                + "Start,Deadline,Planned quarters,Indicators,Status");
        assertThat(lines.get(1)).startsWith("II Prevention,Activity N1,Община; Полиция,").endsWith(",nI1 (бр.): 0 → 100,Completed");
        assertThat(lines.get(2)).startsWith("III Training").endsWith(",,Not started");
    }

    @Test
    void aPlanAsXlsxOpensWithNumbersAndDates() throws Exception {
        var body = mvc.perform(get(PLANS + "RQB.xlsx").with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-2062-RQB.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("RQB 2062");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Дейност");
            var b2 = sheet.getRow(1);
            assertThat(b2.getCell(0).getStringCellValue()).isEqualTo("II Превенция");
            assertThat(b2.getCell(1).getStringCellValue()).isEqualTo("Дейност B2, „кампания“");
            assertThat(b2.getCell(5).getNumericCellValue()).isEqualTo(1500.5);
            assertThat(b2.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2062, 2, 1));
            assertThat(b2.getCell(11).getStringCellValue()).isEqualTo("Изпълнена");
        }
    }

    @Test
    void aQuarterlyReportAsCsvHasEveryActivityWithItsProgress() throws Exception {
        var body = mvc.perform(get(PLANS + "RQA/quarters/1.csv").with(TestUsers.as(Role.LOCAL_MEMBER, "RQA"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"report-2062-RQA-Q1.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csvLines(body)).containsExactly("Section,Activity,Status,Narrative,People reached,Indicator values",
                "II Prevention,Activity A1,In progress,\"Напредък по A1, Q1\",15,aI1 (бр.): 20; aI2 (бр.): 4",
                "II Prevention,Activity A3,In progress,\"Напредък по A3, Q1\",5,",
                "IV Identification, protection and support of victims,Activity A2,Postponed,\"Напредък по A2, Q1\",,"
                        .replace("IV Identification, protection and support of victims",
                                "\"IV Identification, protection and support of victims\""));
    }

    @Test
    void aQuarterlyReportAsXlsxShowsActivitiesWithoutProgressAsNotStarted() throws Exception {
        var body = mvc.perform(get(PLANS + "RQA/quarters/2.xlsx").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Достигнати лица");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("В изпълнение");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(25.0);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Отменена");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Незапочната");
            assertThat(sheet.getRow(3).getCell(3)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void aLocalPlanAndItsReportsAreDownloadedByThoseWhoReadThePlan(Caller caller) throws Exception {
        for (String path : List.of(PLANS + "RQA.csv", PLANS + "RQA.xlsx", PLANS + "RQA/quarters/1.csv",
                PLANS + "RQA/quarters/1.xlsx")) {
            mvc.perform(get(path).with(caller.on("RQA")))
                    .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theNationalPlanIsDownloadedByEveryoneInThePlanningWork(Caller caller) throws Exception {
        var planning = EnumSet.complementOf(EnumSet.of(Caller.INTEGRATOR, Caller.ANONYMOUS));
        mvc.perform(get(PLANS + "national.csv").with(caller.on("RQA")))
                .andExpect(status().is(caller.expect(planning, 200)));
    }

    @Test
    void unknownPlansReportsAndQuartersAreProblems() throws Exception {
        var admin = TestUsers.as(Role.NATIONAL_ADMIN);
        mvc.perform(get(PLANS + "ZZZ.csv").with(admin))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(PLANS + "RQA/quarters/3.csv").with(admin).header(HttpHeaders.ACCEPT_LANGUAGE, "bg"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(PLANS + "RQA/quarters/5.csv").with(admin)).andExpect(status().is4xxClientError());
        mvc.perform(get(PLANS + "1x.csv").with(admin)).andExpect(status().isBadRequest());
        // No export has that suffix, so the plan's own URL reads "RQA.pdf" as an owner: malformed.
        mvc.perform(get(PLANS + "RQA.pdf").with(admin)).andExpect(status().isBadRequest());
    }
}

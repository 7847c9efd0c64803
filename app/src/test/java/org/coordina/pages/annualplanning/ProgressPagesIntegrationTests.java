package org.coordina.pages.annualplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coordina.annualplanning.internal.ProgressQuery;
import org.coordina.annualplanning.internal.QuarterlyReports;
import org.coordina.annualplanning.internal.ReportRowsQuery;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The national progress page's chart and downloads, and the quarterly report form's answers (htmx row, problems,
 * stale versions, foreign plans), through MockMvc on the whole application; the demo plan of Burgas (BGS) and its
 * Q4 2021 report, which no other test reads.
 */
@ApiIntegrationTest
class ProgressPagesIntegrationTests {

    private static final int YEAR = 2021;

    private static final Party BGS = Party.parse("BGS");

    private static final String REPORT = "/planning/2021/plans/BGS/quarters/4";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgressQuery progress;

    @Autowired
    QuarterlyReports reports;

    @Autowired
    ReportRowsQuery rows;

    @Test
    void theChartIsWellFormedSvgWithOneBarPerSectionShowingItsCompletedActivities() throws Exception {
        var html = mvc.perform(get("/planning/2021/progress").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
        assertThat(svg).doesNotContain("style=").contains("<title id=\"progress-chart-title\"");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
        var bars = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        var figures = new HashMap<String, String>();
        for (int index = 0; index < bars.getLength(); index++) {
            var bar = (Element) bars.item(index);
            if ("bar".equals(bar.getAttribute("data-test"))) {
                figures.put(((Element) bar.getParentNode()).getAttribute("data-section"), bar.getAttribute("data-figure"));
            }
        }
        var sections = progress.of(YEAR).sections();
        assertThat(sections).isNotEmpty();
        var expected = new HashMap<String, String>();
        sections.forEach(section -> expected.put(section.code(), String.valueOf(section.activities().completed())));
        assertThat(figures).isEqualTo(expected);
        assertThat(expected.values()).anyMatch(figure -> !figure.equals("0"));
    }

    @Test
    void theDownloadsAreCsvAndXlsxWithTheSectionsFigures() throws Exception {
        var sections = progress.of(YEAR).sections();
        var prevention = sections.stream().filter(section -> section.code().equals("II")).findFirst().orElseThrow();
        var csv = mvc.perform(get("/planning/2021/progress.csv").with(TestUsers.as(Role.NATIONAL_EXPERT)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var line = csv.lines().filter(row -> row.contains(",II,")).findFirst().orElseThrow();
        assertThat(line.split(",")[4]).isEqualTo(String.valueOf(prevention.activities().total()));
        assertThat(line.split(",")[7]).isEqualTo(String.valueOf(prevention.activities().completed()));

        var xlsx = mvc.perform(get("/planning/2021/progress.xlsx").with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var found = false;
            for (var row : sheet) {
                if (row.getCell(1) != null && "II".equals(row.getCell(1).getStringCellValue())) {
                    assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(prevention.activities().completed());
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void localUsersGetTheForbiddenPageForTheProgressAndForAnotherCommissionsReport() throws Exception {
        mvc.perform(get("/planning/2021/progress").with(TestUsers.as(Role.LOCAL_SECRETARY, "BGS")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/planning/2021/progress.csv").with(TestUsers.as(Role.LOCAL_SECRETARY, "BGS")))
                .andExpect(status().isForbidden());
        mvc.perform(get(REPORT).with(TestUsers.as(Role.LOCAL_SECRETARY, "VAR"))).andExpect(status().isForbidden());
        var before = versions();
        mvc.perform(post(REPORT + "/activities/" + firstActivity()).with(TestUsers.as(Role.LOCAL_SECRETARY, "VAR"))
                        .with(csrf()).param("status", "COMPLETED").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(REPORT + "/activities/" + firstActivity()).with(TestUsers.as(Role.LOCAL_MEMBER, "BGS"))
                        .with(csrf()).param("status", "COMPLETED").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(REPORT + "/submit").with(TestUsers.as(Role.LOCAL_SECRETARY, "VAR")).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post(REPORT + "/accept").with(TestUsers.as(Role.LOCAL_SECRETARY, "BGS")).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
        assertThat(versions()).isEqualTo(before);
        mvc.perform(get(REPORT).with(TestUsers.as(Role.LOCAL_MEMBER, "BGS"))).andExpect(status().isOk());
        mvc.perform(get("/planning/2021/plans/BGS/quarters/5").with(TestUsers.as(Role.LOCAL_SECRETARY, "BGS")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRowSavedWithHtmxAnswersTheRowAloneAndAPlainPostRedirects() throws Exception {
        var activity = firstActivity();
        var row = rows.rowOf(reports.find(YEAR, BGS, 4), activity).get(0);
        var html = mvc.perform(post(REPORT + "/activities/" + activity).header("HX-Request", "true")
                        .with(TestUsers.as(Role.LOCAL_SECRETARY, "BGS")).with(csrf())
                        .param("status", "IN_PROGRESS").param("narrative", "Planned with the schools.")
                        .param("peopleReached", "12").param("version", String.valueOf(row.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<html").contains("data-test=\"row-saved\"").contains("Planned with the schools.");
        var saved = rows.rowOf(reports.find(YEAR, BGS, 4), activity).get(0);
        assertThat(saved.peopleReached()).isEqualTo(12);
        assertThat(saved.version()).isGreaterThan(row.version());

        mvc.perform(post(REPORT + "/activities/" + activity).with(TestUsers.as(Role.LOCAL_SECRETARY, "BGS"))
                        .with(csrf()).param("status", "IN_PROGRESS").param("peopleReached", "14")
                        .param("version", String.valueOf(saved.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(rows.rowOf(reports.find(YEAR, BGS, 4), activity).get(0).peopleReached()).isEqualTo(14);
    }

    @Test
    void anInvalidOrStaleRowShowsItsProblemsOrTheCurrentValuesAndWritesNothing() throws Exception {
        var activity = firstActivity();
        var row = rows.rowOf(reports.find(YEAR, BGS, 4), activity).get(0);
        var indicator = row.indicators().get(0).indicatorId();
        var html = mvc.perform(post(REPORT + "/activities/" + activity).with(TestUsers.as(Role.LOCAL_SECRETARY, "BGS"))
                        .with(csrf()).param("status", "").param("peopleReached", "many")
                        .param("value-" + indicator, "-3").param("version", String.valueOf(row.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"#status-" + activity + "\"", "href=\"#peopleReached-" + activity + "\"",
                "href=\"#value-" + indicator + "-" + activity + "\"");
        assertThat(rows.rowOf(reports.find(YEAR, BGS, 4), activity).get(0)).isEqualTo(row);

        var stale = mvc.perform(post(REPORT + "/activities/" + activity).header("HX-Request", "true")
                        .with(TestUsers.as(Role.LOCAL_SECRETARY, "BGS")).with(csrf()).param("status", "CANCELLED")
                        .param("version", String.valueOf(row.version() + 7)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("data-test=\"row-stale\"");
        assertThat(rows.rowOf(reports.find(YEAR, BGS, 4), activity).get(0)).isEqualTo(row);
    }

    private java.util.UUID firstActivity() {
        return rows.rowsOf(reports.find(YEAR, BGS, 4)).get(0).activityId();
    }

    private Map<String, Long> versions() {
        var versions = new HashMap<String, Long>();
        rows.rowsOf(reports.find(YEAR, BGS, 4)).forEach(row -> versions.put(row.activityId().toString(), row.version()));
        versions.put("report", reports.find(YEAR, BGS, 4).getVersion());
        return versions;
    }
}

package org.coordina.internationalcooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.coordina.internationalcooperation.events.LegislativeStage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo data, seeded at start-up: the reference partners, the obligations with one deadline overdue (LATE, the
 * next one open) and one due soon (announced), agreements, activities and the directive's transposition; once.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "coordina.demo.enabled=true")
class DemoCooperationIntegrationTests {

    @Autowired
    DemoCooperation demo;

    @Autowired
    LegislativeInitiativeRepository initiatives;

    @Autowired
    ReportingObligationRepository obligations;

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoIsSeededOnceWithAnOverdueAndADueSoonDeadline() {
        assertThat(count("SELECT count(*) FROM internationalcooperation.partner")).isEqualTo(11);
        assertThat(count("SELECT count(*) FROM internationalcooperation.partner WHERE name_en LIKE '%GRETA%'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM internationalcooperation.obligation")).isEqualTo(4);
        assertThat(obligations.findByTitleEn("GRETA follow-up report (demo)")).singleElement()
                .satisfies(greta -> assertThat(greta.getOccurrences()).extracting(Occurrence::status)
                        .containsExactly(OccurrenceStatus.LATE, OccurrenceStatus.OPEN));
        assertThat(obligations.findByTitleEn("EU reporting under Articles 19–20 of Directive 2011/36/EU"))
                .singleElement().satisfies(eu -> assertThat(eu.getOccurrences()).singleElement()
                        .satisfies(due -> assertThat(due.dueSoonAnnouncedAt()).isNotNull()));
        assertThat(count("SELECT count(*) FROM internationalcooperation.agreement WHERE status = 'IN_FORCE'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM internationalcooperation.agreement WHERE expiring_announced_at"
                + " IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM internationalcooperation.cooperation_activity")).isEqualTo(3);
        assertThat(initiatives.findByEuAct(DemoCooperation.DIRECTIVE)).singleElement()
                .satisfies(initiative -> assertThat(initiative.getStage())
                        .isEqualTo(LegislativeStage.PUBLIC_CONSULTATION));

        assertThat(demo.seed()).isFalse();
        assertThat(count("SELECT count(*) FROM internationalcooperation.partner")).isEqualTo(11);
    }
}

package org.coordina.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;

/** The values a notice is written from: languages, bilingual texts, arguments, audiences and retry delays. */
class NoticeValuesTests {

    @Test
    void aBilingualTextIsReadInTheLanguageAskedAndFallsBackToTheOther() {
        assertThat(new Bilingual("да", "yes").in(Language.BG)).isEqualTo("да");
        assertThat(new Bilingual("да", "yes").in(Language.EN)).isEqualTo("yes");
        assertThat(new Bilingual("да", " ").in(Language.EN)).isEqualTo("да");
        assertThat(new Bilingual(null, "yes").in(Language.BG)).isEqualTo("yes");
    }

    @Test
    void languagesAreStoredByTheirCodeAndUnknownCodesAreBulgarian() {
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of("EN")).isEqualTo(Language.EN);
        assertThat(Language.of("bg")).isEqualTo(Language.BG);
        assertThat(Language.of(null)).isEqualTo(Language.BG);
        assertThat(Language.EN.code()).isEqualTo("en");
        assertThat(Language.BG.locale().getLanguage()).isEqualTo("bg");
    }

    @Test
    void argumentsAreWrittenInTheReadersLanguageWithDaysAndNumbersAsPeopleWriteThem() {
        var notice = new Notice(UUID.randomUUID(), NoticeKind.PLAN_RETURNED,
                List.of(new Bilingual("план", "plan"), new Party("BLG"), Party.NATIONAL, LocalDate.of(2026, 3, 1),
                        LocalDateTime.of(2026, 3, 1, 9, 5), 2026, "text"),
                "/x", null, Audience.national(Audience.NATIONAL_STAFF));
        assertThat(notice.argumentsIn(Language.EN, party -> new Bilingual("имe " + party, "name " + party)))
                .containsExactly("plan", "name BLG", "name national", "01.03.2026", "01.03.2026 09:05", "2026", "text");
        assertThat(notice.argumentsIn(Language.BG, party -> new Bilingual("име " + party, "name " + party))[0])
                .isEqualTo("план");
    }

    @Test
    void aNoticeNeedsAnEventAndAKind() {
        assertThatThrownBy(() -> new Notice(null, NoticeKind.PLAN_RETURNED, List.of(), "/", null,
                Audience.national(Audience.NATIONAL_STAFF))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Notice(UUID.randomUUID(), null, List.of(), "/", null,
                Audience.national(Audience.NATIONAL_STAFF))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void noticeKindsHaveTheirMessageCodes() {
        assertThat(NoticeKind.REPORT_OVERDUE.code()).isEqualTo("notifications.notice.REPORT_OVERDUE");
    }

    @Test
    void retriesWaitTwiceAsLongAfterEachFailureButNeverMoreThanADay() {
        var properties = new NotificationsProperties(null, null, null, null, null, null, null, null, null);
        assertThat(properties.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.retryAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(properties.retryAfter(11)).isEqualTo(Duration.ofMinutes(1024));
        assertThat(properties.retryAfter(12)).isEqualTo(Duration.ofDays(1));
        assertThat(properties.retryAfter(40)).isEqualTo(Duration.ofDays(1));
        assertThat(properties.retention()).isEqualTo(Duration.ofDays(180));
        assertThat(properties.failingAfter()).isEqualTo(5);
        assertThat(properties.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(new NotificationsProperties(null, null, null, null, null, null, null, null, "https://c.example/")
                .baseUrl()).isEqualTo("https://c.example");
    }

    @Test
    void anEmptyAudienceIsNobody() {
        var nobody = new Audience(java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
        assertThat(nobody.nationalRoles()).isEmpty();
        assertThat(nobody.localRoles()).isEmpty();
    }

    @Test
    void mailTextIsEscapedForHtml() {
        assertThat(MailComposer.html("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }
}

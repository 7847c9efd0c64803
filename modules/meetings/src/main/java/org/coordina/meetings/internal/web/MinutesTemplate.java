package org.coordina.meetings.internal.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.coordina.meetings.internal.ActionItem;
import org.coordina.meetings.internal.Attendance;
import org.coordina.meetings.internal.Decision;
import org.coordina.meetings.internal.Meeting;
import org.coordina.meetings.internal.Participant;
import org.coordina.meetings.internal.Session;
import org.coordina.meetings.internal.Speaker;
import org.springframework.stereotype.Component;

/**
 * The minutes of a closed meeting as an XHTML page for the PDF renderer, in one language: header, date,
 * time and zone, format with place and link, participants with attendance and its figures, the agenda with
 * moderators and speakers, conclusions, decisions, action items and the minutes' text. Every text a user
 * wrote goes through {@link #text}, which escapes it, so that no title or name can change the page.
 */
@Component
class MinutesTemplate {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: '%1$s'; font-size: 8pt; } }
            body { font-family: '%1$s'; font-size: 9.5pt; line-height: 1.35; }
            h1 { font-size: 15pt; margin: 0 0 2pt 0; }
            h2 { font-size: 11.5pt; margin: 14pt 0 4pt 0; border-bottom: 0.6pt solid #777; }
            h3 { font-size: 10pt; margin: 8pt 0 2pt 0; }
            p { margin: 2pt 0; }
            .kind { color: #444; margin-bottom: 8pt; }
            table { width: 100%%; border-collapse: collapse; }
            th, td { border: 0.5pt solid #aaa; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            table.facts th { width: 28%%; }
            tr, .item { page-break-inside: avoid; }
            .item { margin: 0 0 5pt 0; }
            p.facts { color: #333; padding-left: 12pt; }
            """.formatted(FONT_FAMILY);

    private final DocumentLabels labels;

    MinutesTemplate(DocumentLabels labels) {
        this.labels = labels;
    }

    /** The page of this meeting's minutes in this language. */
    String render(Meeting meeting, Locale locale) {
        var page = new Page(locale);
        var title = DocumentLabels.pick(locale, meeting.getTitleBg(), meeting.getTitleEn());
        page.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .raw(locale.getLanguage()).raw("\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>")
                .raw("<title>").text(word(locale, "minutes") + " – " + title).raw("</title><style>").raw(STYLE)
                .raw("</style></head><body>");
        header(page, meeting, title);
        participants(page, meeting);
        agenda(page, meeting);
        page.heading("conclusions").paragraphs(DocumentLabels.pick(locale, meeting.getMinutes().conclusionsBg(),
                meeting.getMinutes().conclusionsEn()));
        decisions(page, meeting);
        actionItems(page, meeting);
        page.heading("minutesText").paragraphs(DocumentLabels.pick(locale, meeting.getMinutes().textBg(),
                meeting.getMinutes().textEn()));
        return page.raw("</body></html>").toString();
    }

    private void header(Page page, Meeting meeting, String title) {
        var locale = page.locale;
        var zone = ZoneId.of(meeting.getZoneId());
        var offset = zone.getRules().getOffset(meeting.getTime().start());
        page.raw("<h1>").text(word(locale, "minutes")).raw("</h1>")
                .raw("<h1>").text(title).raw("</h1>")
                .raw("<p class=\"kind\">").text(labels.of(locale, "kind", meeting.getKind())).raw("</p>")
                .raw("<table class=\"facts\">")
                .fact("organiser", labels.party(locale, meeting.getOrganiser()))
                .fact("date", dates(locale, meeting.getStartsAt(), meeting.getEndsAt()))
                .fact("time", TIME.format(meeting.getStartsAt()) + " – " + TIME.format(meeting.getEndsAt()))
                .fact("zone", zone.getId() + " (UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) + ")")
                .fact("format", labels.of(locale, "format", meeting.getFormat()));
        if (meeting.getPlace() != null) {
            page.fact("place", meeting.getPlace());
        }
        if (meeting.getOnlineLink() != null) {
            page.fact("link", meeting.getOnlineLink());
        }
        if (meeting.getMinutesPublishedAt() != null) {
            page.fact("published", DocumentLabels.date(locale, LocalDateTime.ofInstant(meeting.getMinutesPublishedAt(),
                    zone).toLocalDate()));
        }
        page.raw("</table>");
    }

    private static String dates(Locale locale, LocalDateTime start, LocalDateTime end) {
        var first = DocumentLabels.date(locale, start.toLocalDate());
        return start.toLocalDate().equals(end.toLocalDate()) ? first
                : first + " – " + DocumentLabels.date(locale, end.toLocalDate());
    }

    private void participants(Page page, Meeting meeting) {
        var locale = page.locale;
        page.heading("participants");
        var counts = meeting.getAttendance();
        page.raw("<p>").text(word(locale, "attendanceFigures", meeting.getParticipants().size(),
                counts.get(Attendance.PRESENT), counts.get(Attendance.ABSENT), counts.get(Attendance.EXCUSED),
                counts.get(Attendance.UNKNOWN))).raw("</p>");
        if (meeting.getParticipants().isEmpty()) {
            return;
        }
        page.raw("<table><thead><tr>").header("number").header("name").header("institution").header("role")
                .header("attendance").raw("</tr></thead><tbody>");
        int number = 1;
        for (Participant each : meeting.getParticipants()) {
            var from = each.commission() == null ? each.institution()
                    : each.institution() == null ? each.commission().value()
                    : each.institution() + " (" + each.commission().value() + ")";
            page.raw("<tr>").cell(Integer.toString(number++)).cell(each.name()).cell(from)
                    .cell(labels.of(locale, "role", each.role())).cell(labels.of(locale, "attendance", each.attendance()))
                    .raw("</tr>");
        }
        page.raw("</tbody></table>");
    }

    private void agenda(Page page, Meeting meeting) {
        var locale = page.locale;
        page.heading("agenda");
        int number = 1;
        for (Session session : meeting.getAgenda()) {
            page.raw("<h3>").text(number++ + ". " + labels.of(locale, "part", session.part()) + ": "
                    + DocumentLabels.pick(locale, session.titleBg(), session.titleEn())).raw("</h3>");
            if (session.startsAt() != null || session.endsAt() != null) {
                page.line("sessionTime", (session.startsAt() == null ? "" : TIME.format(session.startsAt())) + " – "
                        + (session.endsAt() == null ? "" : TIME.format(session.endsAt())));
            }
            if (session.purpose() != null) {
                page.line("purpose", session.purpose());
            }
            if (session.moderator() != null) {
                page.line("moderator", session.moderator());
            }
            if (!session.speakers().isEmpty()) {
                page.raw("<p>").text(word(locale, "speakers") + ":").raw("</p><ul>");
                for (Speaker speaker : session.speakers()) {
                    var who = new StringBuilder(speaker.name());
                    if (speaker.role() != null) {
                        who.append(", ").append(speaker.role());
                    }
                    if (speaker.commission() != null) {
                        who.append(" (").append(speaker.commission().value()).append(')');
                    }
                    page.raw("<li>").text(who.toString()).raw("</li>");
                }
                page.raw("</ul>");
            }
        }
    }

    private void decisions(Page page, Meeting meeting) {
        page.heading("decisions");
        if (meeting.getDecisions().isEmpty()) {
            page.raw("<p>–</p>");
            return;
        }
        page.raw("<ol>");
        for (Decision decision : meeting.getDecisions()) {
            page.raw("<li>").text(DocumentLabels.pick(page.locale, decision.textBg(), decision.textEn())).raw("</li>");
        }
        page.raw("</ol>");
    }

    private void actionItems(Page page, Meeting meeting) {
        var locale = page.locale;
        page.heading("actionItems");
        if (meeting.getActionItems().isEmpty()) {
            page.raw("<p>–</p>");
            return;
        }
        int number = 1;
        for (ActionItem item : meeting.getActionItems()) {
            var facts = new StringBuilder().append(word(locale, "owner")).append(": ")
                    .append(labels.party(locale, item.responsible()));
            if (item.dueDate() != null) {
                facts.append("; ").append(word(locale, "dueDate")).append(": ")
                        .append(DocumentLabels.date(locale, item.dueDate()));
            }
            facts.append("; ").append(word(locale, "targetYear")).append(": ").append(item.targetYear());
            if (item.sectionCode() != null) {
                facts.append("; ").append(word(locale, "section")).append(": ").append(item.sectionCode());
            }
            facts.append("; ").append(word(locale, "status")).append(": ")
                    .append(labels.of(locale, "itemStatus", item.status()));
            page.raw("<div class=\"item\"><p><b>").text(number++ + ". "
                    + DocumentLabels.pick(locale, item.descriptionBg(), item.descriptionEn()))
                    .raw("</b></p><p class=\"facts\">").text(facts.toString()).raw("</p></div>");
        }
    }

    private String word(Locale locale, String key, Object... args) {
        return labels.word(locale, key, args);
    }

    /** The page being written: markup of the template as is, every other text escaped. */
    private final class Page {

        private final StringBuilder html = new StringBuilder(16_384);

        private final Locale locale;

        Page(Locale locale) {
            this.locale = locale;
        }

        Page raw(String markup) {
            html.append(markup);
            return this;
        }

        Page text(String text) {
            html.append(escape(text));
            return this;
        }

        Page heading(String key) {
            return raw("<h2>").text(word(locale, key)).raw("</h2>");
        }

        Page fact(String key, String value) {
            return raw("<tr><th>").text(word(locale, key)).raw("</th><td>").text(value).raw("</td></tr>");
        }

        Page header(String key) {
            return raw("<th>").text(word(locale, key)).raw("</th>");
        }

        Page cell(String value) {
            return raw("<td>").text(value).raw("</td>");
        }

        Page line(String key, String value) {
            return raw("<p>").text(word(locale, key) + ": " + value).raw("</p>");
        }

        /** A text of several lines as paragraphs; a dash for none. */
        Page paragraphs(String text) {
            if (text == null || text.isBlank()) {
                return raw("<p>–</p>");
            }
            for (String line : text.strip().split("\\R")) {
                raw("<p>").text(line.isBlank() ? "\u00a0" : line).raw("</p>");
            }
            return this;
        }

        @Override
        public String toString() {
            return html.toString();
        }
    }

    /** The text as XML character data: markup characters escaped, characters XML cannot carry dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                            && (c < 0xD800 || c > 0xDFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
